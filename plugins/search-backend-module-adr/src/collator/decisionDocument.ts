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

/**
 * A leading "ADR 0005:", "ADR-5 -" or "5." that repeats the record's own
 * number; records often write it in their heading, and the document title
 * adds it in one form for all.
 */
function withoutNumberPrefix(title: string, number: number): string {
  const prefix = new RegExp(
    `^(?:ADR[\\s-]*0*${number}\\b\\s*[:.\\-\u2013\u2014]?\\s*|0*${number}\\.\\s+)`,
    'i',
  );
  const stripped = title.replace(prefix, '').trim();
  return stripped || title;
}

/** `ADR 0005: Central Argo CD` for a numbered decision, its title otherwise. */
export function decisionDocumentTitle(
  decision: Pick<DecisionSummary, 'title' | 'number'>,
): string {
  if (decision.number === undefined) {
    return decision.title;
  }
  const number = String(decision.number).padStart(4, '0');
  return `ADR ${number}: ${withoutNumberPrefix(
    decision.title,
    decision.number,
  )}`;
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
    title: decisionDocumentTitle(decision),
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
