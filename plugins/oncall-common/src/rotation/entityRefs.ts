/**
 * Rotation files name people and groups either by bare catalog name
 * (`alice`) or by entity ref (`user:default/alice`). Both become full refs,
 * lowercased as the catalog writes the refs of its relations, so that
 * membership checks compare like with like.
 */

// Backstage entity names and namespaces: letters and digits, separated by -, _ or .
const NAME = '[a-z0-9]+(?:[-_.][a-z0-9]+)*';
const REF = new RegExp(`^(?:([a-z]+):)?(?:(${NAME})/)?(${NAME})$`);
const MAX_REF_LENGTH = 253;

/**
 * The full ref of a `kind` entity written as `name`, `kind:name`,
 * `namespace/name` or `kind:namespace/name`; undefined when the text is not
 * one or names another kind.
 */
export function normaliseEntityRef(
  text: string,
  kind: 'user' | 'group',
): string | undefined {
  if (typeof text !== 'string' || text.length > MAX_REF_LENGTH) {
    return undefined;
  }
  const match = REF.exec(text.trim().toLowerCase());
  if (!match) {
    return undefined;
  }
  const [, writtenKind, namespace, name] = match;
  if (writtenKind !== undefined && writtenKind !== kind) {
    return undefined;
  }
  if (name.length > 63 || (namespace?.length ?? 0) > 63) {
    return undefined;
  }
  return `${kind}:${namespace ?? 'default'}/${name}`;
}

/** The name part of a ref (`user:default/alice` -> `alice`), for display fallbacks. */
export function entityRefName(ref: string): string {
  const slash = ref.lastIndexOf('/');
  const colon = ref.indexOf(':');
  return ref.slice(Math.max(slash, colon) + 1);
}
