// Talking to a server run in a child process for a benchmark: a command goes out as `{ cmd }`,
// its answer comes back tagged `reply: cmd` (other IPC traffic, e.g. from tsx, is ignored).
import type { ChildProcess } from "node:child_process";

export function childIpc(child: ChildProcess) {
  /** The child's next message tagged `reply: cmd`. */
  const reply = <T>(cmd: string) => new Promise<T>((resolve) => {
    const on = (m: unknown) => {
      if ((m as { reply?: string })?.reply !== cmd) return;
      child.off("message", on);
      resolve(m as T);
    };
    child.on("message", on);
  });
  /** Sends a command and waits for its answer. */
  const ask = <T>(cmd: string) => {
    const p = reply<T>(cmd);
    child.send({ cmd });
    return p;
  };
  return { reply, ask };
}
