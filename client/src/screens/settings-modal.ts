// Settings in a dialog, from the title or in a match. Reopens itself in the new language.
import { onSettings } from "../app/settings";
import { tr } from "../i18n";
import { openModal } from "../ui/modal";
import { settingsPanel } from "./settings-panel";

export function openSettings(): void {
  let locale = document.documentElement.lang;
  let close: () => void = () => undefined;
  let off: () => void = () => undefined;
  const open = () => {
    close = openModal(tr("settings.title"), settingsPanel(), "settings", () => off());
  };
  off = onSettings((s) => {
    if (s.locale === locale) return;
    locale = s.locale;
    const keep = off;
    off = () => undefined;
    close();
    off = keep;
    open();
    document.querySelector<HTMLElement>('[data-testid="settings-language"]')?.focus();
  });
  open();
}
