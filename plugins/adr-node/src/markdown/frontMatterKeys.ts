/**
 * A front matter key as compared: lower case, with `_`, spaces and
 * camelCase turned into `-`. `decision_makers`, `decisionMakers` and
 * `decision-makers` are one key.
 */
export function frontMatterKey(key: string): string {
  return key
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .toLocaleLowerCase('en-US')
    .replace(/[_\s]+/g, '-');
}

/** The value of the first of `keys` present in the front matter (keys compared as above). */
export function frontMatterValue(
  data: Record<string, unknown>,
  ...keys: string[]
): unknown {
  const wanted = keys.map(frontMatterKey);
  const present = new Map<string, unknown>();
  for (const [key, value] of Object.entries(data)) {
    const normalised = frontMatterKey(key);
    if (!present.has(normalised)) present.set(normalised, value);
  }
  for (const key of wanted) {
    if (present.has(key)) return present.get(key);
  }
  return undefined;
}

/** Whether any of `keys` is present in the front matter (keys compared as above). */
export function hasFrontMatterKey(
  data: Record<string, unknown>,
  ...keys: string[]
): boolean {
  const wanted = new Set(keys.map(frontMatterKey));
  return Object.keys(data).some(key => wanted.has(frontMatterKey(key)));
}
