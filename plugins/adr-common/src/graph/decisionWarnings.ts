import type {
  DecisionEdge,
  DecisionStatus,
  DecisionSummary,
  DecisionWarning,
} from '../api/types';
import { compareText } from './compareText';

/**
 * A successor that was never accepted does not end its predecessor: a
 * proposal to supersede ADR 5 leaves ADR 5 in force until it is accepted.
 */
const NOT_IN_EFFECT: ReadonlySet<DecisionStatus> = new Set([
  'proposed',
  'rejected',
]);
/** Records nobody maintains any more: their citations are history. */
const NOT_MAINTAINED: ReadonlySet<DecisionStatus> = new Set([
  'superseded',
  'rejected',
  'deprecated',
]);
const STILL_CLAIMED: ReadonlySet<DecisionStatus> = new Set([
  'accepted',
  'proposed',
]);

const WARNING_ORDER: DecisionWarning['type'][] = [
  'cites-superseded',
  'superseded-without-successor',
  'superseded-without-link',
  'duplicate-number',
  'status-disagrees-with-links',
];

/** The ids a warning is about, to keep it when any of them is shown. */
export function decisionsOfWarning(warning: DecisionWarning): string[] {
  switch (warning.type) {
    case 'cites-superseded':
      return [warning.decision, warning.cited];
    case 'duplicate-number':
      return warning.decisions;
    case 'status-disagrees-with-links':
      return [warning.decision, warning.supersededBy];
    default:
      return [warning.decision];
  }
}

function detailOf(warning: DecisionWarning): string {
  switch (warning.type) {
    case 'cites-superseded':
      return warning.cited;
    case 'superseded-without-successor':
      return warning.target ?? '';
    case 'status-disagrees-with-links':
      return warning.supersededBy;
    default:
      return '';
  }
}

function sortKey(warning: DecisionWarning): string {
  const rank = WARNING_ORDER.indexOf(warning.type);
  const subject =
    warning.type === 'duplicate-number'
      ? `${warning.entityRef}\n${String(warning.number).padStart(10, '0')}`
      : warning.decision;
  return `${rank}\n${subject}\n${detailOf(warning)}`;
}

function supersedersByDecision(edges: DecisionEdge[]) {
  const superseders = new Map<string, string[]>();
  for (const edge of edges) {
    if (edge.kind !== 'supersedes') continue;
    const list = superseders.get(edge.to) ?? [];
    list.push(edge.from);
    superseders.set(edge.to, list);
  }
  for (const list of superseders.values()) list.sort();
  return superseders;
}

/**
 * What in the log needs a human, from decisions whose links are resolved
 * and the edges drawn from them. Each warning is given once, in a stable
 * order (by type, then decision).
 */
export function decisionWarnings(
  decisions: DecisionSummary[],
  edges: DecisionEdge[],
): DecisionWarning[] {
  const byId = new Map(decisions.map(d => [d.id, d]));
  const superseders = supersedersByDecision(edges);
  const allSuperseders = (id: string) => superseders.get(id) ?? [];
  const supersedersInEffect = (id: string) =>
    allSuperseders(id).filter(
      from => !NOT_IN_EFFECT.has(byId.get(from)?.status ?? 'unknown'),
    );
  const isSuperseded = (decision: DecisionSummary) =>
    decision.status === 'superseded' ||
    supersedersInEffect(decision.id).length > 0;

  const warnings = new Map<string, DecisionWarning>();
  const add = (warning: DecisionWarning) =>
    warnings.set(JSON.stringify(warning), warning);

  for (const decision of decisions) {
    if (!NOT_MAINTAINED.has(decision.status) && !isSuperseded(decision)) {
      for (const link of decision.links) {
        const cited = link.decisionId && byId.get(link.decisionId);
        if (link.kind === 'supersedes' || !cited || cited.id === decision.id)
          continue;
        if (!isSuperseded(cited)) continue;
        if (allSuperseders(cited.id).includes(decision.id)) continue;
        const successor =
          supersedersInEffect(cited.id)[0] ?? allSuperseders(cited.id)[0];
        add({
          type: 'cites-superseded',
          decision: decision.id,
          cited: cited.id,
          ...(successor ? { successor } : {}),
        });
      }
    }

    const successorLinks = decision.links.filter(
      link => link.kind === 'superseded-by',
    );
    const hasIndexedSuccessor = allSuperseders(decision.id).length > 0;
    if (!hasIndexedSuccessor) {
      for (const link of successorLinks) {
        if (link.decisionId) continue;
        add({
          type: 'superseded-without-successor',
          decision: decision.id,
          target: link.target,
        });
      }
      if (decision.status === 'superseded' && successorLinks.length === 0) {
        add({ type: 'superseded-without-link', decision: decision.id });
      }
    }

    if (STILL_CLAIMED.has(decision.status)) {
      for (const supersededBy of supersedersInEffect(decision.id)) {
        add({
          type: 'status-disagrees-with-links',
          decision: decision.id,
          supersededBy,
        });
      }
    }
  }

  for (const warning of duplicateNumbers(decisions)) add(warning);

  return [...warnings.values()].sort((a, b) =>
    compareText(sortKey(a), sortKey(b)),
  );
}

function duplicateNumbers(decisions: DecisionSummary[]): DecisionWarning[] {
  const groups = new Map<
    string,
    { entityRef: string; number: number; ids: string[] }
  >();
  for (const decision of decisions) {
    if (decision.number === undefined) continue;
    const entityRef = decision.entityRef.toLocaleLowerCase('en-US');
    const key = `${entityRef}\n${decision.number}`;
    const group = groups.get(key) ?? {
      entityRef,
      number: decision.number,
      ids: [],
    };
    group.ids.push(decision.id);
    groups.set(key, group);
  }
  return [...groups.values()]
    .filter(group => group.ids.length > 1)
    .map(group => ({
      type: 'duplicate-number' as const,
      entityRef: group.entityRef,
      number: group.number,
      decisions: [...group.ids].sort(),
    }));
}
