import type { ObjectiveSeries } from '@localplus/plugin-slo-common';

/**
 * A plausible chart series over a window: an SLI wobbling around `sli` with
 * one bad day, and the budget spent steadily down to `remaining`.
 */
export function buildSeries(options: {
  end: number;
  windowSeconds: number;
  sli: number;
  remaining: number;
  points?: number;
}): ObjectiveSeries {
  const { end, windowSeconds, sli, remaining, points = 30 } = options;
  const stepSeconds = windowSeconds / points;
  const start = end - windowSeconds * 1000;
  const times = Array.from(
    { length: points + 1 },
    (_, i) => start + i * stepSeconds * 1000,
  );
  return {
    stepSeconds,
    sli: times.map((t, i) => ({
      t,
      value:
        i === 0 ? null : sli + (i === 24 ? -0.004 : ((i % 3) - 1) * 0.0001),
    })),
    budgetRemaining: times.map((t, i) => ({
      t,
      value: 1 - ((1 - remaining) * i) / points,
    })),
  };
}
