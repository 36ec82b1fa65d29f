/** A summary names at most this many violations; details list the rest. */
const SHOWN = 8;

/** "a; b; and 3 more": the first violation messages, for a one-sentence summary. */
export function describeViolations(messages: string[]): string {
  const shown = messages.slice(0, SHOWN);
  const more = messages.length - shown.length;
  return `${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}
