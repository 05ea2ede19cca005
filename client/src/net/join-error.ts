// A turned-down join comes back from the SDK as English text (docs/api.md, "join.*" keys).
// Recognise the text against the engine's English templates and say it in the player's language.
import { MESSAGES } from "../../../shared/index";
import { tr } from "../i18n";

const engineEn = MESSAGES.en;

const KEYS = ["join.factionTaken", "join.full", "join.soloHasPlayer", "join.badOptions", "join.needTicket", "join.serverFull"];

/** The server answered 429: too many attempts from this address; Retry-After seconds to wait. */
export class TooManyRequests extends Error {
  constructor(readonly retryAfter: number) {
    super(`too many requests; try again in ${retryAfter} s`);
  }
}

/** Seconds to wait if this error is the server's 429 (an HTTP answer or a room's refusal), else null. */
export function retryAfterOf(err: unknown): number | null {
  if (err instanceof TooManyRequests) return err.retryAfter;
  const e = err as { code?: number; message?: string } | null;
  const m = /try again in (\d+) s/.exec(String(e?.message ?? ""));
  if (e?.code === 429 || /too many/i.test(String(e?.message ?? ""))) return m ? Number(m[1]) : 30;
  return null;
}


function matcher(template: string): { re: RegExp; names: string[] } {
  const names: string[] = [];
  const pattern = template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{(\w+)\\?\}/g, (_m, name: string) => {
    names.push(name);
    return "(.+?)";
  });
  return { re: new RegExp(`^${pattern}$`), names };
}

export function joinErrorText(err: unknown, fallbackKey: string): string {
  const message = err instanceof Error ? err.message : String(err ?? "");
  // 429: too many attempts from this address (rate limit); say how long to wait.
  const wait = retryAfterOf(err);
  if (wait !== null) return tr("join.tooMany", { s: wait });
  for (const key of KEYS) {
    const template = engineEn[key];
    if (!template) continue;
    const { re, names } = matcher(template);
    const m = re.exec(message);
    if (!m) continue;
    const params: Record<string, string> = {};
    names.forEach((n, i) => (params[n] = n === "faction" && hasFaction(m[i + 1]) ? tr(`faction.${m[i + 1]}`) : m[i + 1]));
    return tr(key, params);
  }
  return tr(fallbackKey);
}

function hasFaction(id: string): boolean {
  return ["tesla", "tsmc", "samsung", "china"].includes(id);
}
