import { decisionId } from '@localplus/plugin-adr-common';
import type { StoredDecision } from '../services/store/DecisionStore';

/**
 * A decision as the indexer stores it, for store and service tests: the
 * entity and file name make the id; everything else can be overridden.
 */
export function storedDecision(
  entityRef: string,
  fileName: string,
  overrides: Partial<
    Omit<StoredDecision, 'id' | 'entityRef' | 'fileName'>
  > = {},
): StoredDecision {
  const title = overrides.title ?? fileName.replace(/\.md$/, '');
  return {
    id: decisionId(entityRef, fileName),
    entityRef: entityRef.toLocaleLowerCase('en-US'),
    fileName,
    location: `./adr/${fileName}`,
    format: 'madr-4',
    title,
    status: 'accepted',
    decisionMakers: [],
    consulted: [],
    informed: [],
    tags: [],
    links: [],
    body: `# ${title}\n`,
    text: title,
    ...overrides,
  };
}
