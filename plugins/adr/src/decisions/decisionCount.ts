/** "1 decision", "12 decisions": how the plugin says a number of decisions. */
export function decisionCount(count: number): string {
  return count === 1 ? '1 decision' : `${count} decisions`;
}
