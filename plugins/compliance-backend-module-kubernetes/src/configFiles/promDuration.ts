const UNITS: Array<[string, number]> = [
  ['y', 365 * 86_400_000],
  ['w', 7 * 86_400_000],
  ['d', 86_400_000],
  ['h', 3_600_000],
  ['m', 60_000],
  ['s', 1000],
  ['ms', 1],
];

/** Units in Prometheus's order, each at most once: `30d`, `720h`, `1w2d`, `0s`. */
const DURATION =
  /^(?:(\d{1,9})y)?(?:(\d{1,9})w)?(?:(\d{1,9})d)?(?:(\d{1,9})h)?(?:(\d{1,9})m)?(?:(\d{1,9})s)?(?:(\d{1,9})ms)?$/;

/**
 * Milliseconds of a duration as Loki writes them (Prometheus's
 * `model.Duration`): `720h`, `30d`, `4w2d`, `0s` or `0`. Returns undefined
 * for anything else, decimals and negative values included.
 */
export function parsePromDuration(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '0') return 0;
  const match = DURATION.exec(trimmed);
  if (!match || trimmed === '') return undefined;
  return UNITS.reduce(
    (total, [, ms], i) => total + Number(match[i + 1] ?? 0) * ms,
    0,
  );
}

export const DAY_MS = 86_400_000;

/** `30 days`, `12.5 days`. */
export function formatDays(ms: number): string {
  const days = Math.round((ms / DAY_MS) * 100) / 100;
  return `${days} day${days === 1 ? '' : 's'}`;
}
