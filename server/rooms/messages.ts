// The match room's contract in zod: create and join options, and the commands a client may send.
import { z } from "zod";
import { DIFFICULTIES, FACTION_IDS, MATCH_LENGTHS } from "../../shared/index";

export const SPEEDS = ["fast", "normal", "slow"] as const;
export type Speed = (typeof SPEEDS)[number];
/** Real milliseconds per game month. src: DESIGN.md §2 (fast 2 s, normal 6 s, slow 10 s). */
export const SPEED_MS: Record<Speed, number> = { fast: 2000, normal: 6000, slow: 10000 };

export const CreateOptionsSchema = z.object({
  mode: z.enum(["solo", "online"]).default("online"),
  faction: z.enum(FACTION_IDS).optional(),
  difficulty: z.enum(DIFFICULTIES).default("normal"),
  months: z.union(MATCH_LENGTHS.map((m) => z.literal(m)) as [z.ZodLiteral<60>, z.ZodLiteral<120>, z.ZodLiteral<180>]).default(120),
  speed: z.enum(SPEEDS).default("normal"),
  private: z.boolean().default(false),
  seed: z.number().int().min(0).max(0xffffffff).optional(),
  events: z.boolean().default(true),
  /** Test and demo hook: milliseconds per month overriding the speed (never below 20 ms). */
  tickMs: z.number().int().min(20).max(60000).optional(),
  name: z.string().trim().min(1).max(24).optional(),
  /** Students sharing one faction seat (classroom matches: 1–3). */
  seatSize: z.number().int().min(1).max(3).default(1),
  /** Set when a classroom created the match: its room id (the teacher controls the clock). */
  classroom: z.string().max(40).optional(),
});
export type CreateOptions = z.infer<typeof CreateOptionsSchema>;

export const JoinOptionsSchema = z.object({
  name: z.string().trim().min(1).max(24).default("Player"),
  faction: z.enum(FACTION_IDS).optional(),
  spectator: z.boolean().default(false),
  /** In a class: the student's id in the classroom (from `assigned`), so the teacher can remove or rename them here too. */
  student: z.string().min(1).max(40).optional(),
});
export type JoinOptions = z.infer<typeof JoinOptionsSchema>;

export const FactionCommandSchema = z.object({ faction: z.enum(FACTION_IDS) });
export const SpeedCommandSchema = z.object({ speed: z.enum(SPEEDS) });
export const ReadyCommandSchema = z.object({ ready: z.boolean().default(true) }).default({ ready: true });
