// A turned-down join comes back from the SDK as English text (docs/api.md, "join.*" keys).
// Recognise the text against the engine's English templates and say it in the player's language.
import { en as engineEn } from "../../../shared/i18n/en";
import { tr } from "../i18n";

const KEYS = ["join.factionTaken", "join.full", "join.soloHasPlayer", "join.badOptions"];

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
