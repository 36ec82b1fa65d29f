/**
 * A count with its noun, for an observation's summary: "1 gap", "3 gaps",
 * or with an irregular plural, "2 replicas" / plural(2, 'entry', 'entries').
 */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
