/**
 * Readers for fields of Kubernetes objects that come from outside (a
 * kustomize render, the API server, a repository): whatever a field holds,
 * they return the expected type or nothing, so a field of the wrong type
 * counts as unset and can only make a rule fail.
 */

export type JsonObject = Record<string, unknown>;

/** `value` when it is a plain object (not an array, not null). */
export function asObject(value: unknown): JsonObject | undefined {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as JsonObject)
    : undefined;
}

/** A label map, keeping only text values. */
export function stringMap(value: unknown): Record<string, string> {
  return Object.fromEntries(
    Object.entries(asObject(value) ?? {}).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}

/**
 * The items of a list field as text; a single value where a list belongs
 * (`add: NET_ADMIN`) is read as a list of one, so it is not overlooked.
 */
export function textList(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).map(describeValue);
}

/** Any value as short text, never throwing (objects without a prototype included). */
function describeValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return '[list]';
  if (value !== null && typeof value === 'object') return '{object}';
  return String(value);
}

/** A CPU or memory quantity: non-blank text (`500m`, `512Mi`) or a positive number. */
export function isQuantity(value: unknown): boolean {
  return (
    (typeof value === 'string' && value.trim() !== '') ||
    (typeof value === 'number' && Number.isFinite(value) && value > 0)
  );
}

/** Text from the input shown in a message, cut so one hostile field cannot flood a report. */
export function clip(text: string, max = 100): string {
  return text.length > max ? `${text.slice(0, max)}...` : text;
}
