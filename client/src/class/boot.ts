// Where a page load lands in a class: /teach (the teacher), /?class=CODE (a student about to
// join), or — after a refresh — back in the class, in the same seat of the same match.
import { show } from "../app/router";
import { enterMatch } from "../app/start";
import { classSession } from "../net/class-session";
import { net } from "../net/net";
import { attachStudentBar } from "./student-bar";
import { studentJoinScreen } from "./student-join";
import { studentWaitScreen } from "./student-wait";
import { teachScreen } from "./teach-setup";

export async function bootClass(): Promise<boolean> {
  if (/^\/teach\/?$/.test(location.pathname)) {
    show(teachScreen());
    return true;
  }
  const code = new URLSearchParams(location.search).get("class");
  if (code !== null) {
    history.replaceState(null, "", "/");
    show(studentJoinScreen(code.trim().toUpperCase().slice(0, 6)));
    return true;
  }
  if (!(await classSession.resumeStudent())) return false;
  if (await net.resume().catch(() => false)) {
    await enterMatch();
    attachStudentBar();
    return true;
  }
  show(studentWaitScreen());
  return true;
}
