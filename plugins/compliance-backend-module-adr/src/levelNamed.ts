/** The level named by `value` in any case (`t1` is `T1`); undefined when none is. */
export function levelNamed(
  levels: readonly string[],
  value: string,
): string | undefined {
  const wanted = value.trim().toUpperCase();
  return levels.find(id => id.toUpperCase() === wanted);
}
