/**
 * Offline batch work (docs/methods.md §18.2): a summarisation run or an
 * embeddings backfill has no user waiting on a first token, so it is sized by
 * its completion deadline instead of its peak hour. Each day's work must be
 * done within the deadline: a deadline of a day or more spreads it flat over
 * the day; a shorter one packs it into a window of that many hours. The fleet
 * runs near full utilisation with no spare replica (a failed replica delays
 * the run, it does not turn users away), and APIs price it at their batch
 * rate when their batch window fits the deadline.
 */
import type { SelfHostOptionInput, Workload } from './types';
import { HOURS_PER_DAY } from './units';

/**
 * Utilisation a batch fleet is planned at (docs/methods.md §18.2, grade C):
 * an offline engine keeps its queue full, so what is lost is each run's
 * ramp-up and tail, model load and retried requests — about a tenth.
 */
export const BATCH_UTILISATION = 0.9;

/**
 * Turnaround the providers' batch APIs promise, hours (docs/methods.md §18.2):
 * OpenAI Batch `completion_window: "24h"`, Anthropic Message Batches (results
 * within 24 hours), Gemini and Vertex batch prediction (24-hour target).
 */
export const BATCH_API_WINDOW_HOURS = 24;

/** Completion deadline when a batch workload names none, hours. */
export const DEFAULT_BATCH_DEADLINE_HOURS = 24;

export function isBatch(w: Workload): boolean {
  return w.trafficKind === 'batch';
}

/** The workload's completion deadline, hours (1–720; default 24). */
export function batchDeadlineHours(w: Workload): number {
  const d = w.batchDeadlineHours;
  return d === undefined || !Number.isFinite(d)
    ? DEFAULT_BATCH_DEADLINE_HOURS
    : Math.min(720, Math.max(1, d));
}

/**
 * Hour-of-day profile a batch fleet is sized for: flat when the deadline is a
 * day or more, else the day's work packed into the first `deadline` hours
 * (a partial last hour weighted by its share).
 *
 * @example batchWindowProfile(6) // six 1s then eighteen 0s: peak 4× the mean
 */
export function batchWindowProfile(deadlineHours: number): number[] {
  const d = Math.min(HOURS_PER_DAY, Math.max(1, deadlineHours));
  return Array.from({ length: HOURS_PER_DAY }, (_, h) =>
    Math.min(1, Math.max(0, d - h)),
  );
}

/**
 * The workload as a batch fleet is sized for it: the deadline's window
 * replaces the traffic profile and latency targets do not apply. Interactive
 * workloads are returned as they are.
 */
export function batchSizingWorkload(w: Workload): Workload {
  if (!isBatch(w)) return w;
  return {
    ...w,
    hourlyProfile: batchWindowProfile(batchDeadlineHours(w)),
    latencyTargets: {},
  };
}

/** A batch fleet: planned at near-full utilisation, no redundancy replica. */
export function batchSizingOption(
  w: Workload,
  option: SelfHostOptionInput,
): SelfHostOptionInput {
  if (!isBatch(w)) return option;
  return { ...option, targetUtilisation: BATCH_UTILISATION, extraReplicas: 0 };
}

/**
 * Share of requests an API bills at its batch price: all of batch work when
 * the providers' batch window meets the deadline, none when it does not (the
 * work must then run on the real-time API); interactive work keeps the
 * workload's batchable share.
 */
export function apiBatchableShare(w: Workload): number {
  if (!isBatch(w)) return w.batchableShare;
  return batchDeadlineHours(w) >= BATCH_API_WINDOW_HOURS ? 1 : 0;
}

/** Batch work whose deadline is shorter than the batch window of an API that would batch it. */
export function batchMissesApiWindow(w: Workload, batches: boolean): boolean {
  return (
    batches && isBatch(w) && batchDeadlineHours(w) < BATCH_API_WINDOW_HOURS
  );
}
