import { parseDecisionId } from '@localplus/plugin-adr-common';

/** The portal page of a decision, `/adr/decisions/<kind>/<namespace>/<name>/<slug>`. */
export function decisionPageUrl(decisionId: string): string {
  const parts = parseDecisionId(decisionId);
  if (!parts) {
    throw new Error(
      `The ADR backend returned the invalid decision id "${decisionId}"`,
    );
  }
  const [kind, namespaceAndName] = parts.entityRef.split(':');
  const [namespace, name] = namespaceAndName.split('/');
  return `/adr/decisions/${[kind, namespace, name, parts.slug]
    .map(encodeURIComponent)
    .join('/')}`;
}
