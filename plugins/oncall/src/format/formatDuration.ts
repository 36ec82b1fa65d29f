/** Minutes as people say them: `15 min`, `1 h`, `1 h 30 min`. */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) {
    return `${minutes} min`;
  }
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** When an escalation step is called: `immediately`, `after 15 min`. */
export function formatEscalationDelay(afterMinutes: number): string {
  return afterMinutes === 0
    ? 'immediately'
    : `after ${formatMinutes(afterMinutes)}`;
}

/** Hours of the fairness report, to a tenth: `168 h`, `12.5 h`. */
export function formatHours(hours: number): string {
  return `${Math.round(hours * 10) / 10} h`;
}
