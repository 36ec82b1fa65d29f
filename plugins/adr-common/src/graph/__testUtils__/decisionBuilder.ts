import type {
  DecisionLink,
  DecisionLinkKind,
  DecisionSummary,
} from '../../api/types';
import { decisionId } from '../../decisionId';

export const DOCS = 'component:default/docs';
export const LEDGER = 'component:default/svc-ledger';

/**
 * A decision as the index holds it, read from `adr/` of the entity's
 * GitHub repository; the number comes from the file name, like the parsers
 * do it.
 */
export function aDecision(
  entityRef: string,
  fileName: string,
  overrides: Partial<DecisionSummary> = {},
): DecisionSummary {
  const name = entityRef.split('/').pop();
  const number = /^(\d+)-/.exec(fileName);
  return {
    id: decisionId(entityRef, fileName),
    entityRef,
    fileName,
    location: `https://github.com/localplus/${name}/blob/main/adr/${fileName}`,
    format: 'madr-4',
    title: fileName.replace(/\.md$/, ''),
    ...(number ? { number: Number(number[1]) } : {}),
    status: 'accepted',
    decisionMakers: [],
    consulted: [],
    informed: [],
    tags: [],
    links: [],
    ...overrides,
  };
}

export const link = (kind: DecisionLinkKind, target: string): DecisionLink => ({
  kind,
  target,
});

/** The same list in another order, the same way every run. */
export function reordered<T>(items: T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
