// The match room's contract in zod: create and join options, and the commands a client may send.
import { z } from "zod";
import { DIFFICULTIES, FACTION_IDS, MATCH_LENGTHS, SPEEDS } from "../../shared/index";
import { NAME_GRAPHEMES, normaliseName } from "../security/sanitize";

/** A display name: normalised (no control, bidi or zero-width characters), 1–24 graphemes. */
export const NameSchema = z.unknown().transform((v, ctx) => {
  const name = normaliseName(v);
  if (name === null) {
    ctx.addIssue({ code: "custom", message: `a name of 1 to ${NAME_GRAPHEMES} visible characters` });
    return z.NEVER;
  }
  return name;
});

/** Test hooks that only the server's configuration may set (a client sending them is refused). */
export const SERVER_ONLY_OPTIONS = ["tickMs", "seatSize", "classroom"] as const;

// The speeds and their months' lengths are the match clock's (shared/host/match-clock.ts).
export { SPEEDS, SPEED_MS, type Speed } from "../../shared/index";

export const CreateOptionsSchema = z.object({
  mode: z.enum(["solo", "online"]).default("online"),
  faction: z.enum(FACTION_IDS).optional(),
  difficulty: z.enum(DIFFICULTIES).default("normal"),
  months: z.union(MATCH_LENGTHS.map((m) => z.literal(m)) as [z.ZodLiteral<60>, z.ZodLiteral<120>, z.ZodLiteral<180>]).default(120),
  speed: z.enum(SPEEDS).default("normal"),
  private: z.boolean().default(false),
  seed: z.number().int().min(0).max(0xffffffff).optional(),
  events: z.boolean().default(true),
  name: NameSchema.optional(),
});
export type CreateOptions = z.infer<typeof CreateOptionsSchema>;

export const JoinOptionsSchema = z.object({
  name: NameSchema.default("Player"),
  faction: z.enum(FACTION_IDS).optional(),
  spectator: z.boolean().default(false),
  /** In a class: the seat ticket from `assigned` (single-use; it names the seat, the student and their name). */
  ticket: z.string().min(1).max(64).optional(),
});
export type JoinOptions = z.infer<typeof JoinOptionsSchema>;

export const FactionCommandSchema = z.object({ faction: z.enum(FACTION_IDS) });
export const SpeedCommandSchema = z.object({ speed: z.enum(SPEEDS) });
export const ReadyCommandSchema = z.object({ ready: z.boolean().default(true) }).default({ ready: true });
