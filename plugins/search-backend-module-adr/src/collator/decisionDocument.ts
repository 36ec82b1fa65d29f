import { IndexableDocument } from '@backstage/plugin-search-common';
import {
  DecisionStatus,
  DecisionSummary,
  parseDecisionId,
} from '@localplus/plugin-adr-common';

/** The search document of one decision (type `adr`). */
export interface AdrDocument extends IndexableDocument {
  /** The decision's id, e.g. `component:default/docs/0005-central-argocd`. */
  decisionId: string;
  entityRef: string;
  status: DecisionStatus;
  number?: number;
  date?: string;
  owner?: string;
  system?: string;
  tags: string[];
  decisionMakers: string[];
}

/** The portal page of a decision: `/adr/decisions/<kind>/<namespace>/<name>/<slug>`. */
export function decisionPagePath(id: string): string {
  const parts = parseDecisionId(id);
  if (!parts) {
    throw new Error(
      `The ADR backend returned a decision with the invalid id "${id}"`,
    );
  }
  const [kind, rest] = parts.entityRef.split(':');
  const [namespace, name] = rest.split('/');
  return ['/adr/decisions', kind, namespace, name, parts.slug]
    .map((segment, index) => (index ? encodeURIComponent(segment) : segment))
    .join('/');
}

/** One decision as a search document; its full text, or its summary when the backend sent no text. */
export function toDecisionDocument(decision: DecisionSummary): AdrDocument {
  return {
    // The bare title: the parsers take the number out of it, and the result
    // item shows the number beside it, as the decision log does.
    title: decision.title,
    text: decision.text ?? decision.summary ?? '',
    location: decisionPagePath(decision.id),
    decisionId: decision.id,
    entityRef: decision.entityRef,
    status: decision.status,
    ...(decision.number !== undefined && { number: decision.number }),
    ...(decision.date && { date: decision.date }),
    ...(decision.owner && { owner: decision.owner }),
    ...(decision.system && { system: decision.system }),
    tags: decision.tags,
    decisionMakers: decision.decisionMakers,
  };
}
