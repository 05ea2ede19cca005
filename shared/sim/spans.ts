// The limiting factor's history as spans ("power for 14 months, then logic for 10"), and the
// lesson-1 test on it: does a sequence of factors each hold for a sustained stretch, in order?
import type { LimitingFactor } from "../model/types";

export interface Span {
  factor: LimitingFactor;
  start: number;
  months: number;
}

/** Consecutive months of one factor. */
export function spansOf(history: readonly LimitingFactor[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < history.length; ) {
    let j = i;
    while (j < history.length && history[j] === history[i]) j++;
    out.push({ factor: history[i], start: i, months: j - i });
    i = j;
  }
  return out;
}

/** Lesson 1 is sustained at least 6 consecutive months per factor in DESIGN's terms (issue #9). */
export const SUSTAINED_MONTHS = 6;

/** The sustained spans, in order, that realise the sequence (e.g. power → logic → memory), or null. */
export function sustainedSequence(history: readonly LimitingFactor[], sequence: readonly LimitingFactor[], min = SUSTAINED_MONTHS): Span[] | null {
  const found: Span[] = [];
  for (const span of spansOf(history)) {
    if (found.length < sequence.length && span.factor === sequence[found.length] && span.months >= min) found.push(span);
  }
  return found.length === sequence.length ? found : null;
}
