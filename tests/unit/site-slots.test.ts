// Sites are contested: each faction builds only where it has land, and a site takes a limited
// number of greenfield shells at once, whoever builds them (permits, grid hookup, crews).
import { describe, expect, it } from "vitest";
import { ALLOWED_SITES, checkOrder, SITE_BUILD_SLOTS, SITES } from "../../shared/index";
import { fabById, quietMatch, tick } from "./helpers";

describe("contested sites", () => {
  it("a faction builds only at its own sites", () => {
    const s = quietMatch(3);
    expect(checkOrder(s, "tsmc", { type: "buildFab", site: "korea", node: "N2", capacity: 20 })?.code).toBe("not-allowed");
    expect(checkOrder(s, "samsung", { type: "buildFab", site: "arizona", node: "D1c", capacity: 20 })?.code).toBe("not-allowed");
    expect(checkOrder(s, "tsmc", { type: "buildFab", site: "arizona", node: "N2", capacity: 20 })).toBeNull();
    expect(ALLOWED_SITES.samsung).toContain("texas");
  });

  it("a fab whose permit is through waits for a free slot at its site, then starts its shell", () => {
    let s = quietMatch(4);
    s.fabs = s.fabs.filter((f) => f.site !== "texas");
    const slots = SITE_BUILD_SLOTS.texas;
    const orders = Array.from({ length: slots + 1 }, (_, i) => ({ issuer: i % 2 ? "samsung" : "tesla", order: { type: "buildFab", site: "texas", node: "N3", capacity: 10 } }));
    s = tick(s, orders);
    const ids = s.fabs.filter((f) => f.site === "texas").map((f) => f.id);
    expect(ids).toHaveLength(slots + 1);
    for (let i = 0; i < SITES.texas.permitMonths + 1; i++) s = tick(s);
    const shells = ids.filter((id) => fabById(s, id).stage === "shell");
    const waiting = ids.filter((id) => fabById(s, id).stage === "permitting");
    expect(shells).toHaveLength(slots);
    expect(waiting).toHaveLength(1);
    expect(fabById(s, waiting[0]).blocker).toBe("site");
    // Another builder's shell finishes: the waiting fab takes the slot the next month.
    const done = fabById(s, shells[0]);
    done.progress = done.stageMonths;
    s = tick(s);
    s = tick(s);
    expect(fabById(s, waiting[0]).stage).toBe("shell");
    expect(fabById(s, waiting[0]).blocker).not.toBe("site");
  });
});
