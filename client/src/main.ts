// TerraFab client entry: settings and language first, then either a solo match from the URL,
// the seat this tab had before a refresh, or the title screen.
import "./styles/base.css";
import "./styles/hud.css";
import "./styles/panels.css";
import "./styles/screens.css";
import "./styles/classroom.css";
import { initRouter, show, setMatchScreens } from "./app/router";
import { applyDocumentSettings, settings } from "./app/settings";
import { enterMatch, startSolo } from "./app/start";
import { clearUrl, soloFromUrl } from "./app/url";
import { net } from "./net/net";
import { titleScreen } from "./screens/title";

// The match screens (game, waiting room, debrief) load together, when a match starts.
setMatchScreens(() => Promise.all([import("./screens/game"), import("./screens/room"), import("./screens/debrief")]));

async function boot(): Promise<void> {
  performance.mark("tf:boot");
  applyDocumentSettings();
  initRouter(settings().locale);
  // A replay link (/replay/<matchId>): the viewer and the engine load only for it.
  const replay = /^\/replay\/([^/?#]+)\/?$/.exec(location.pathname);
  if (replay) {
    const { replayScreen } = await import("./replay/replay-screen");
    show(replayScreen(decodeURIComponent(replay[1])));
    return;
  }
  // A class (the teacher's /teach, a student's join link, or a student's refresh) loads its own code.
  const classPage = /^\/teach\/?$/.test(location.pathname) || new URLSearchParams(location.search).has("class") || sessionStorage.getItem("terrafab.class") !== null;
  if (classPage && (await import("./class/boot").then((m) => m.bootClass()).catch(() => false))) return;
  const solo = soloFromUrl(location.search);
  if (solo) {
    clearUrl();
    await startSolo(solo);
    return;
  }
  if (await net.resume().catch(() => false)) {
    await enterMatch();
    return;
  }
  show(titleScreen());
}

// For the benchmark: when the first screen is on the page.
requestAnimationFrame(() => {
  const hooks = (window.__terrafab ??= {});
  hooks.firstPaintAt ??= performance.now();
});

void boot();
