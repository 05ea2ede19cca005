// A contract broken over the wire: real server, real SDK clients, a fake clock. The breaker's order
// is queued, the other side is told (with the fee it received), and a stranger to the contract is
// refused with a reason while the match runs on.
import { describe, expect, it } from "vitest";
import { breakFeeNow } from "../../shared/index";
import { received, receivedWhere, startTeslaAndTsmc } from "./harness";
import { useFakeClockServer } from "./fake-clock-server";

const TICK_MS = 40;
const { harness, time, engine } = useFakeClockServer(TICK_MS);

describe("breaking a contract online", () => {
  it("Tesla breaks its TSMC wafer contract: TSMC is told and paid; a stranger is refused", async () => {
    const { host, guest } = await startTeslaAndTsmc(harness(), 11);

    const state = engine(host.roomId);
    const ai5 = state.contracts.find((c) => c.seller === "tsmc" && c.buyer === "tesla" && c.status === "active")!;
    const ai6 = state.contracts.find((c) => c.seller === "samsung" && c.buyer === "tesla" && c.status === "active")!;
    expect(ai5 && ai6).toBeTruthy();

    // TSMC is no party to Tesla's Samsung contract.
    const refused = received<{ code: string; key: string; reason: string; orderType: string }>(guest, "refused");
    guest.send("order", { type: "breakContract", contractId: ai6.id });
    const answer = (await refused)[0];
    expect(answer).toMatchObject({ code: "unknown-target", key: "refusal.unknownContract", orderType: "breakContract" });
    expect(answer.reason).toMatch(/contract/i);

    const fee = breakFeeNow(state, ai5, "tesla");
    const queued = received<{ month: number }>(host, "queued");
    const told = receivedWhere<{ id: string; faction: string; params: Record<string, unknown> }>(guest, "event", (e) => e.id === "contract-broken");
    host.send("order", { type: "breakContract", contractId: ai5.id });
    await queued;
    time.advance(TICK_MS);
    const event = await told;
    expect(event.faction).toBe("tsmc");
    expect(event.params).toMatchObject({ by: "tesla", good: "wafer", fee: Math.round(fee) });
    const after = engine(host.roomId);
    expect(after.contracts.find((c) => c.id === ai5.id)?.status).toBe("broken");
    expect(after.contracts.find((c) => c.id === ai6.id)?.status).toBe("active");
    expect(after.status).toBe("running");
    await guest.leave();
    await host.leave();
  });
});
