// Classroom commands that travel the same pipeline as players' orders.
import { applyEvent } from "../month/events";
import { accept, type HandlerTable } from "./handler";

export const teacherHandlers: HandlerTable = {
  injectEvent(state, _issuer, o) {
    return accept(null, () => [], () => applyEvent(state, o.eventId, true));
  },
};
