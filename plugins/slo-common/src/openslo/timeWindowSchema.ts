import { z } from 'zod';
import {
  calendarStep,
  isAtMostAQuarter,
  isIanaTimeZone,
  isRealStartTime,
} from './calendarPeriod';
import {
  durationToSeconds,
  MAX_ROLLING_WINDOW_SECONDS,
  MIN_ROLLING_WINDOW_SECONDS,
} from './durations';

const calendarSchema = z.strictObject({
  startTime: z
    .string()
    .regex(
      /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/,
      'must look like "2024-01-01 00:00:00" (YYYY-MM-DD HH:mm:ss, no time zone)',
    )
    .refine(isRealStartTime, {
      message: 'must be a real date and time (no 2025-02-30, no 24:00:00)',
    }),
  timeZone: z.string().refine(isIanaTimeZone, {
    message: 'must be an IANA time zone such as Europe/Paris',
  }),
});

/** Why `duration` cannot be a rolling window, or undefined when it can. */
function rollingDurationProblem(duration: string): string | undefined {
  const seconds = durationToSeconds(duration);
  if (
    seconds === undefined ||
    seconds % 86400 !== 0 ||
    seconds < MIN_ROLLING_WINDOW_SECONDS ||
    seconds > MAX_ROLLING_WINDOW_SECONDS
  ) {
    return 'a rolling window must be whole days between 1d and 90d';
  }
  return undefined;
}

/** Why `duration` cannot be a calendar window, or undefined when it can. */
function calendarDurationProblem(duration: string): string | undefined {
  const step = calendarStep(duration);
  if (!step) {
    return 'a calendar window must be a positive whole number of days, weeks, months or quarters, such as 1w, 1M or 1Q';
  }
  if (!isAtMostAQuarter(step)) {
    return 'the longest calendar window is a quarter (1Q, 3M, 13w or 92d): a longer one would make Prometheus read more than a quarter of samples per query';
  }
  return undefined;
}

/**
 * One entry of `spec.timeWindow`: rolling whole days from 1d to 90d, or a
 * calendar window of days, weeks, months or quarters (at most a quarter)
 * anchored at `calendar.startTime` in `calendar.timeZone`. `isRolling` comes
 * out filled in.
 */
export const timeWindowSchema = z
  .strictObject({
    duration: z.string(),
    isRolling: z.boolean().optional(),
    calendar: calendarSchema.optional(),
  })
  .superRefine((window, ctx) => {
    // OpenSLO: "if omitted assumed false if calendar: is present".
    const rolling = window.isRolling ?? !window.calendar;
    const problem = rolling
      ? rollingDurationProblem(window.duration)
      : calendarDurationProblem(window.duration);
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem, path: ['duration'] });
    }
    if (rolling && window.calendar) {
      ctx.addIssue({
        code: 'custom',
        message: 'a rolling window takes no calendar',
        path: ['calendar'],
      });
    }
    if (!rolling && !window.calendar) {
      ctx.addIssue({
        code: 'custom',
        message:
          'a calendar window needs calendar.startTime and calendar.timeZone',
        path: ['calendar'],
      });
    }
  })
  .transform(window => ({
    ...window,
    isRolling: window.isRolling ?? !window.calendar,
  }));
