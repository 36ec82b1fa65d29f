const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * `4 Mar 2026` for a `YYYY-MM-DD` date or an ISO instant (read in UTC: a
 * record's date is a calendar day, not a moment); other text as it is.
 */
export function formatDate(value: string | undefined): string {
  if (!value) {
    return '—';
  }
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : DAY.format(time);
}
