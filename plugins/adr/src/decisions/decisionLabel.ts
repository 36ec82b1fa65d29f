import type { DecisionSummary } from '@localplus/plugin-adr-common';

/** `ADR-0005`, the way records name each other; undefined without a number. */
export function formatNumber(value: number | undefined): string | undefined {
  return value === undefined
    ? undefined
    : `ADR-${String(value).padStart(4, '0')}`;
}

/** `ADR-0005 One central Argo CD`, or the title alone. */
export function decisionLabel(
  decision: Pick<DecisionSummary, 'number' | 'title'>,
): string {
  const number = formatNumber(decision.number);
  return number ? `${number} ${decision.title}` : decision.title;
}

/** The file part of an id, for decisions the page has no summary of. */
export function slugOf(id: string): string {
  return id.slice(id.lastIndexOf('/') + 1);
}
