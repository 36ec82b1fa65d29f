import { parseEntityRef } from '@backstage/catalog-model';

/**
 * An owner or system as people read it: `group:default/team-ledger` →
 * `team-ledger`; other namespaces and kinds are kept. Values that are not
 * entity refs are returned unchanged.
 */
export function formatEntityRef(value: string, defaultKind: string): string {
  try {
    const ref = parseEntityRef(value, {
      defaultKind,
      defaultNamespace: 'default',
    });
    const kind =
      ref.kind.toLocaleLowerCase('en-US') === defaultKind ? '' : `${ref.kind}:`;
    const namespace = ref.namespace === 'default' ? '' : `${ref.namespace}/`;
    return `${kind}${namespace}${ref.name}`;
  } catch {
    return value;
  }
}
