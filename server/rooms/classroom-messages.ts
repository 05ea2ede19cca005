// The classroom room's contract in zod.
import { z } from "zod";
import { DIFFICULTIES, EVENT_IDS, FACTION_IDS, MATCH_LENGTHS } from "../../shared/index";
import { NameSchema, SPEEDS } from "./messages";

export const TeacherCreateSchema = z.object({
  role: z.literal("teacher"),
  months: z.union(MATCH_LENGTHS.map((m) => z.literal(m)) as [z.ZodLiteral<60>, z.ZodLiteral<120>, z.ZodLiteral<180>]).default(60),
  speed: z.enum(SPEEDS).default("normal"),
  seatSize: z.number().int().min(1).max(3).default(2),
  factions: z.array(z.enum(FACTION_IDS)).min(1).max(4).default([...FACTION_IDS]),
  events: z.boolean().default(true),
  difficulty: z.enum(DIFFICULTIES).default("normal"),
});
export type TeacherOptions = z.infer<typeof TeacherCreateSchema>;

export const JoinClassSchema = z.union([
  z.object({ role: z.literal("teacher"), teacherKey: z.string().min(1).max(100).optional() }),
  z.object({ code: z.string().trim().min(1).max(12), name: NameSchema }),
]);

export const InjectSchema = z.object({ eventId: z.enum(EVENT_IDS), matchId: z.string().max(40).optional() });
/** Pause, resume or end: the whole class, or one match with `matchId`. */
export const MatchTargetSchema = z.object({ matchId: z.string().max(40).optional() }).default({});
export const ClassSpeedSchema = z.object({ speed: z.enum(SPEEDS), matchId: z.string().max(40).optional() });
export const StepSchema = z.object({ on: z.boolean() });
export const StudentRefSchema = z.object({ studentId: z.string().min(1).max(40) });
export const RenameSchema = z.object({ studentId: z.string().min(1).max(40), name: NameSchema });

/** The only messages students may send each other: no free text in class. */
export const QUICK_MESSAGES = ["need-power", "need-chips", "need-memory", "offer-sent", "thanks", "look-at-market"] as const;
export const QuickSchema = z.object({ id: z.enum(QUICK_MESSAGES) });
