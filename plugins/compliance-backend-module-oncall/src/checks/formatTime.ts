const MINUTE_MS = 60_000;

/** `2026-11-07 18:00 UTC`: instants in summaries, to the minute. */
export function formatInstant(epochMs: number): string {
  return `${new Date(epochMs)
    .toISOString()
    .slice(0, 16)
    .replace('T', ' ')} UTC`;
}

/** `2026-11-07`: the days of a window. */
export function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `4 min`, `2.5 h`, `3.2 d`: a delay or a gap, as a person reads it. */
export function formatDuration(ms: number): string {
  const minutes = ms / MINUTE_MS;
  if (minutes < 120) return `${Math.round(minutes * 10) / 10} min`;
  const hours = minutes / 60;
  if (hours < 48) return `${Math.round(hours * 10) / 10} h`;
  return `${Math.round((hours / 24) * 10) / 10} d`;
}

/** Whole minutes with one decimal, for `details`. */
export function toMinutes(ms: number): number {
  return Math.round((ms / MINUTE_MS) * 10) / 10;
}
