// Classroom commands that travel the same pipeline as players' orders.
import { refuse } from "../../protocol/refusal";
import { applyEvent } from "../month/events";
import type { HandlerTable } from "./handler";

export const teacherHandlers: HandlerTable = {
  injectEvent(state, issuer, o) {
    if (issuer !== "teacher") return refuse("not-allowed", "refusal.teacherOnly");
    return () => applyEvent(state, o.eventId, true);
  },
};
