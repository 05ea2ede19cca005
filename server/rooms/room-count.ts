// Rooms alive in this process, against a cap: one client cannot fill the server's memory with rooms.
import { ServerError } from "@colyseus/core";
import { t } from "../../shared/index";

export const rooms = {
  max: 1500,
  count: 0,
  /** Called by a room's onCreate: refused with 503 when the process is full. */
  open(): void {
    if (this.count >= this.max) throw new ServerError(503, t("en", "join.serverFull", { max: this.max }));
    this.count += 1;
  },
  close(): void {
    this.count = Math.max(0, this.count - 1);
  },
};
