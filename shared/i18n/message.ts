// Message templates with parameters, plurals and numbers, through the platform's Intl:
//   "{name}"                                        the parameter as given
//   "{n, plural, one {# launch} other {# launches}}" a plural (Intl.PluralRules), # = the number
//   "{n, plural, =0 {no launches} one {…} other {…}}" an exact-value case first
//   "{n, number}"                                   a number in the locale (Intl.NumberFormat)
// Chinese has one plural form ("other"), so zh-TW templates rarely need the plural syntax.

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** Plural rules; `decimals` shown matter in English ("1 year" but "1.0 years"). */
function rules(locale: string, decimals = 0): Intl.PluralRules {
  const key = `${locale}|${decimals}`;
  let r = pluralRules.get(key);
  if (!r) pluralRules.set(key, (r = new Intl.PluralRules(locale, { minimumFractionDigits: decimals })));
  return r;
}

/** A number in the locale, with up to `digits` decimals (integers have none). */
export function formatNumber(locale: string, v: number, digits = 2): string {
  const key = `${locale}|${digits}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })));
  return f.format(Number.isFinite(v) ? v : 0);
}

/** The index of the brace closing the one at `open`. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}

/** "=0 {…} one {…} other {…}" → { "=0": "…", one: "…", other: "…" } */
function cases(body: string): Record<string, string> {
  const out: Record<string, string> = {};
  let i = 0;
  while (i < body.length) {
    const m = /^\s*(=?[\w.-]+)\s*\{/.exec(body.slice(i));
    if (!m) break;
    const open = i + m[0].length - 1;
    const close = closing(body, open);
    if (close < 0) break;
    out[m[1]] = body.slice(open + 1, close);
    i = close + 1;
  }
  return out;
}

function asNumber(v: string | number | undefined): number {
  return typeof v === "number" ? v : Number(String(v ?? "").replace(/[^\d.-]/g, ""));
}

/** Fill a template: parameters, plurals and numbers in this locale. */
export function formatMessage(locale: string, text: string, params?: Record<string, string | number>): string {
  if (!params || !text.includes("{")) return text;
  let out = "";
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf("{", i);
    if (open < 0) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, open);
    const close = closing(text, open);
    if (close < 0) {
      out += text.slice(open);
      break;
    }
    const inner = text.slice(open + 1, close);
    const m = /^\s*(\w+)\s*(?:,\s*(plural|number)\s*(?:,([\s\S]*))?)?$/.exec(inner);
    if (!m || !(m[1] in params)) {
      out += text.slice(open, close + 1);
    } else if (m[2] === "number") {
      const v = params[m[1]];
      out += typeof v === "number" ? formatNumber(locale, v) : String(v);
    } else if (m[2] === "plural") {
      const raw = params[m[1]];
      const n = asNumber(raw);
      const decimals = typeof raw === "string" ? (/[.,](\d+)\D*$/.exec(raw.replace(/,(?=\d{3}\b)/g, ""))?.[1].length ?? 0) : 0;
      const forms = cases(m[3] ?? "");
      const chosen = forms[`=${n}`] ?? forms[rules(locale, decimals).select(n)] ?? forms.other ?? "";
      const shown = typeof raw === "number" ? formatNumber(locale, raw) : String(raw);
      out += formatMessage(locale, chosen.replace(/#/g, shown), params);
    } else {
      out += String(params[m[1]]);
    }
    i = close + 1;
  }
  return locale.startsWith("zh") ? tidyChinese(out) : out;
}

const CJK = "\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f";
const BETWEEN_CJK = new RegExp(`([${CJK}])[ \\u00a0]+(?=[${CJK}])`, "g");

/** No spaces between Chinese words (a name filled in before "獲勝" gives "三星獲勝"). */
export function tidyChinese(text: string): string {
  return text.replace(BETWEEN_CJK, "$1");
}

/** The parameter names a template uses ("{n}", "{n, plural, …}" and those inside plural forms), each once, sorted. */
export function placeholders(text: string): string[] {
  const names = new Set<string>();
  const walk = (t: string): void => {
    let i = 0;
    while (i < t.length) {
      const open = t.indexOf("{", i);
      if (open < 0) return;
      const close = closing(t, open);
      if (close < 0) return;
      const inner = t.slice(open + 1, close);
      const m = /^\s*(\w+)\s*(?:,\s*(plural|number)\s*(?:,([\s\S]*))?)?$/.exec(inner);
      if (m) {
        names.add(m[1]);
        if (m[2] === "plural") for (const body of Object.values(cases(m[3] ?? ""))) walk(body);
      }
      i = close + 1;
    }
  };
  walk(text);
  return [...names].sort();
}
