// Turn the server's effects into toasts and sounds: events, milestones, fabs, launches.
import { MILESTONE_IDS, TERMINATION_BREACHES } from "../../../shared/index";
import { play } from "../audio/audio";
import { tr, hasText } from "../i18n";
import { goodInText, money, num, sentences } from "../i18n/format";
import { net } from "../net/net";
import type { Effect } from "../net/view";
import { toast } from "../ui/toasts";
import { breachSiteNote } from "./breach-site";
import { milestoneLabel } from "./milestone-label";

/** Engine params name factions, sites and goods by id: put words in their place. */
function words(e: Effect): Record<string, string | number> {
  const p: Record<string, string | number> = { ...e.params };
  for (const k of ["faction", "from", "by", "with", "to"]) if (typeof p[k] === "string" && hasText(`faction.${p[k]}`)) p[k] = tr(`faction.${p[k]}`);
  if (typeof p.site === "string" && hasText(`site.${p.site}`)) p.site = tr(`site.${p.site}`);
  // A quantity of a good is counted in its unit (k wafers, k HBM stacks).
  if (typeof p.good === "string" && hasText(`unit.${p.good}`)) p.unit = tr(`unit.${p.good}`);
  if (typeof p.good === "string") p.good = goodInText(p.good);
  if (typeof p.source === "string" && hasText(`source.${p.source}`)) p.source = tr(`source.${p.source}`);
  if (typeof p.vendor === "string" && hasText(`vendor.${p.vendor}`)) p.vendor = tr(`vendor.${p.vendor}`);
  if (typeof p.maker === "string" && hasText(`maker.${p.maker}`)) p.maker = tr(`maker.${p.maker}`);
  if (typeof p.tool === "string" && hasText(`tool.${p.tool}`)) p.tool = tr(`tool.${p.tool}`);
  // A contract's missed deliveries running: how many more before the other side may end it for free.
  if (typeof p.run === "number") p.left = Math.max(0, TERMINATION_BREACHES - p.run);
  // Sums of money ride in $M: written as money.
  if (typeof p.fee === "number") p.fee = money(p.fee);
  // Counts of goods (thousands of HBM stacks) with the language's digit grouping.
  if (typeof p.stacks === "number") p.stacks = num(p.stacks);
  for (const k of ["delivered", "due"]) if (typeof p[k] === "number") p[k] = num(p[k] as number);
  if (typeof p.program === "string" && hasText(`research.${p.program}`)) p.program = tr(`research.${p.program}`);
  if (typeof p.milestone === "string" && e.faction) {
    const key = `milestone.${e.faction}.${p.milestone}`;
    if (hasText(key)) p.milestone = milestoneLabel(e.faction, p.milestone, net.view?.months ?? 120);
  }
  // A fab is named by whose it is (the sentence names its site and node), never by its internal id.
  if (typeof p.fab === "string") p.fab = !e.faction || e.faction === net.faction ? tr("fab.yours") : tr("fab.of", { faction: tr(`faction.${e.faction}`) });
  if (!("faction" in p) && e.faction) p.faction = tr(`faction.${e.faction}`);
  return p;
}

/** Is this effect worth a toast for this player? (Others' routine news stays quiet.) */
function concerns(e: Effect): boolean {
  if (e.kind.startsWith("event:") || e.kind === "milestone" || e.kind === "victory" || e.kind === "match-ended") return true;
  const me = net.faction;
  return !e.faction || e.faction === me;
}

export function showEffect(e: Effect): void {
  if (!e.key || !concerns(e)) return;
  if (!hasText(e.key)) return;
  const p = words(e);
  if (e.kind === "milestone") {
    const mine = e.faction === net.faction;
    const isMilestone = e.faction && typeof e.params.milestone === "string" && MILESTONE_IDS[e.faction]?.includes(String(e.params.milestone));
    toast({ kind: "milestone", title: mine ? tr("toast.yourMilestone") : tr("toast.rivalMilestone", { faction: String(p.faction) }), text: isMilestone ? String(p.milestone) : tr(e.key, p), testid: "toast-milestone" });
    play("milestone");
    return;
  }
  if (e.kind === "victory") {
    toast({ kind: "victory", text: tr(e.key, p), testid: "toast-victory" });
    play("milestone");
    return;
  }
  if (e.kind.startsWith("event:")) {
    toast({ kind: "event", title: tr("toast.event"), text: tr(e.key, p), testid: "toast-event" });
    play("alert");
    return;
  }
  toast({ kind: "news", text: sentences(tr(e.key, p), breachSiteNote(e, net.view?.contracts)) });
  if (e.sound) play(e.sound);
}

export function watchEffects(): () => void {
  return net.on("effect", showEffect);
}
