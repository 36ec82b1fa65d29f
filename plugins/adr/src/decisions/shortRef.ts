import { parseEntityRef } from '@backstage/catalog-model';

/**
 * `svc-ledger` for `component:default/svc-ledger`: the name, with the
 * namespace when it is not the default one. Text that is not a ref stays.
 */
export function shortRef(ref: string): string {
  try {
    const { namespace, name } = parseEntityRef(ref);
    return namespace === 'default' ? name : `${namespace}/${name}`;
  } catch {
    return ref;
  }
}

/** Whether a person or group as written is an entity ref we can link to. */
export function isEntityRef(value: string): boolean {
  return /^(user|group):([a-z0-9._-]+\/)?[a-z0-9._-]+$/i.test(value);
}
