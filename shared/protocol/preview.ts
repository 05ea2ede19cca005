// What an order would do, from its handler's dry run: the money paid now and its consequences
// as text keys with parameters, which the client formats in the player's language.
import { z } from "zod";
import type { EngineKey } from "../i18n";
import type { Refusal } from "./refusal";

export type PreviewKey = Extract<EngineKey, `preview.${string}`>;

/** A parameter of an effect line: a plain number or word, or a value the client formats
 *  (money in $M, a month index, GW, a share, a number with decimals, another text key). */
export type EffectParam =
  | string
  | number
  | { money: number }
  | { month: number }
  | { gw: number }
  | { pct: number; digits?: number }
  | { num: number; digits: number }
  | { years: number }
  /** Another text key, with its own plain parameters (a good's unit, a price in its unit). */
  | { text: string; params?: Record<string, string | number> };

export interface OrderEffect {
  key: PreviewKey;
  params?: Record<string, EffectParam>;
  /** Accepted, but worth a second look (a price ceiling under the market…). */
  caution?: true;
}

/** The dry run's answer: accepted with its cost ($M paid now, null when nothing is) and effects, or refused. */
export type OrderPreview = { ok: true; cost: number | null; effects: OrderEffect[] } | { ok: false; refusal: Refusal };

export function effect(key: PreviewKey, params?: Record<string, EffectParam>, caution?: true): OrderEffect {
  const e: OrderEffect = { key };
  if (params) e.params = params;
  if (caution) e.caution = caution;
  return e;
}

/** Request ids count up from 1 and wrap here (a 31-bit integer). */
export const MAX_PREVIEW_ID = 2_147_483_647;

/** Client → server: preview this order (`id` pairs the reply with the request). */
export const PreviewRequestSchema = z.object({ id: z.number().int().min(0).max(MAX_PREVIEW_ID), order: z.unknown() });
export type PreviewRequest = z.infer<typeof PreviewRequestSchema>;

/** Server → client: the dry run of request `id` (0 when the request was not even readable). */
export type PreviewReply = { id: number } & OrderPreview;
