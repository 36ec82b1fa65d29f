/** When samples are taken: `start`, `start + step`, … up to `end` included. */
export interface SampleSchedule {
  /** Epoch seconds of the first sample. */
  start: number;
  /** Epoch seconds; the last sample is the last step at or before it. */
  end: number;
  stepSeconds: number;
}

/**
 * One schedule, or several in time order: a coarse step for old history and
 * a fine one for the recent part keeps a month cheap to backfill.
 */
export type SampleSchedules = SampleSchedule | readonly SampleSchedule[];

export function scheduleList(
  schedules: SampleSchedules,
): readonly SampleSchedule[] {
  return 'start' in schedules ? [schedules] : schedules;
}

/** Throws on empty, reversed, overlapping or too fine schedules. */
export function assertValidSchedules(schedules: SampleSchedules): void {
  const list = scheduleList(schedules);
  if (list.length === 0) {
    throw new Error('No sample schedule');
  }
  list.forEach(({ start, end, stepSeconds }, i) => {
    if (!Number.isFinite(start) || !Number.isFinite(end) || end < start) {
      throw new Error(`Invalid sample range ${start}..${end}`);
    }
    // Prometheus stores milliseconds; a finer step would collide.
    if (!Number.isFinite(stepSeconds) || stepSeconds < 0.001) {
      throw new Error(`Invalid sample step ${stepSeconds}`);
    }
    if (i > 0 && start < list[i - 1].end) {
      throw new Error(
        `Sample schedules overlap: ${start} starts before ${list[i - 1].end}`,
      );
    }
  });
}

/**
 * The sample times, in milliseconds so they stay exact. Where one schedule
 * ends on the time the next starts with, that time is sampled once.
 */
export function* sampleTimesMs(schedules: SampleSchedules): Generator<number> {
  let last = -Infinity;
  for (const schedule of scheduleList(schedules)) {
    const startMs = Math.round(schedule.start * 1000);
    const endMs = Math.round(schedule.end * 1000);
    const stepMs = Math.round(schedule.stepSeconds * 1000);
    for (let t = startMs; t <= endMs; t += stepMs) {
      if (t > last) {
        yield t;
        last = t;
      }
    }
  }
}

/** First and last sample time and the last (finest) step, in seconds. */
export function scheduleBounds(schedules: SampleSchedules): {
  start: number;
  end: number;
  lastStepSeconds: number;
} {
  const list = scheduleList(schedules);
  const last = list[list.length - 1];
  return {
    start: list[0].start,
    end: last.end,
    lastStepSeconds: last.stepSeconds,
  };
}
