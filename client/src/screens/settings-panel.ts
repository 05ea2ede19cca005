// Settings: music and effects volume, mute, language, colour-blind palette, reduced motion.
// Everything is remembered in localStorage (app/settings.ts).
import { settings, updateSettings, type Settings } from "../app/settings";
import { play } from "../audio/audio";
import { tr } from "../i18n";
import { h } from "../ui/dom";

function row(label: string, control: HTMLElement, id: string): HTMLElement {
  return h("div", { class: "field" }, h("label", { for: id }, label), control);
}

export function settingsPanel(): HTMLElement {
  const s = settings();
  const range = (key: "musicVolume" | "effectsVolume", testid: string) => {
    const input = h("input", { id: testid, type: "range", min: 0, max: 100, step: 5, value: Math.round(s[key] * 100), testid });
    input.addEventListener("input", () => updateSettings({ [key]: Number(input.value) / 100 } as Partial<Settings>));
    input.addEventListener("change", () => play("click"));
    return input;
  };
  const check = (key: "muted" | "colorBlind" | "reducedMotion", testid: string) => {
    const input = h("input", { id: testid, type: "checkbox", checked: s[key], testid });
    input.addEventListener("change", () => updateSettings({ [key]: input.checked } as Partial<Settings>));
    return input;
  };
  const lang = h("select", { id: "set-lang", testid: "settings-language" },
    h("option", { value: "en" }, "English"), h("option", { value: "zh-TW" }, "繁體中文"));
  lang.value = s.locale;
  lang.addEventListener("change", () => updateSettings({ locale: lang.value as Settings["locale"] }));
  return h("div", { class: "settings-panel", testid: "settings-panel" },
    row(tr("settings.music"), range("musicVolume", "settings-music"), "settings-music"),
    row(tr("settings.effects"), range("effectsVolume", "settings-effects"), "settings-effects"),
    h("div", { class: "field field-checkbox" }, h("label", { for: "settings-mute" }, tr("settings.mute")), check("muted", "settings-mute")),
    row(tr("settings.language"), lang, "set-lang"),
    h("div", { class: "field field-checkbox" }, h("label", { for: "settings-colorblind" }, tr("settings.colorBlind")), check("colorBlind", "settings-colorblind")),
    h("div", { class: "field field-checkbox" }, h("label", { for: "settings-motion" }, tr("settings.reducedMotion")), check("reducedMotion", "settings-motion")),
    h("p", { class: "muted small" }, tr("settings.remembered")));
}
