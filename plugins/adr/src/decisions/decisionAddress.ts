import { parseEntityRef } from '@backstage/catalog-model';
import { parseDecisionId } from '@localplus/plugin-adr-common';
import type { DecisionAddress } from '../api/AdrApi';

/** The route parameters of a decision id; undefined when the id is malformed. */
export function decisionAddress(id: string): DecisionAddress | undefined {
  const parts = parseDecisionId(id);
  if (!parts) {
    return undefined;
  }
  const entity = parseEntityRef(parts.entityRef);
  return {
    kind: entity.kind,
    namespace: entity.namespace,
    name: entity.name,
    slug: parts.slug,
  };
}

/** The id of the decision at an address, as the backend writes ids. */
export function decisionIdOf(address: DecisionAddress): string {
  const entityRef =
    `${address.kind}:${address.namespace}/${address.name}`.toLocaleLowerCase(
      'en-US',
    );
  return `${entityRef}/${address.slug}`;
}
