import type {
  DecisionQuery,
  DecisionSummary,
} from '@localplus/plugin-adr-common';
import type { AdrApi } from '../api/AdrApi';
import { AdrApiError } from '../api/AdrApiError';
import { allDecisions, decisionList, envoyGatewayRecord } from './decisions';
import { envoyNeighbourhood, wholeGraph } from './graph';
import { allProblems } from './problems';
import { aliceQueue } from './review';

/** The fixtures narrowed by the filters a test is likely to use. */
function matching(query: DecisionQuery): DecisionSummary[] {
  const words = (query.q ?? '').toLocaleLowerCase('en-US').split(/\s+/);
  return allDecisions.filter(
    d =>
      (!query.status || query.status.includes(d.status)) &&
      (!query.entityRef || d.entityRef === query.entityRef) &&
      (!query.system || d.system === query.system) &&
      (!query.tag || d.tags.includes(query.tag)) &&
      words.every(word => d.title.toLocaleLowerCase('en-US').includes(word)),
  );
}

/**
 * A fake ADR backend answering with the fixtures; every method is a jest
 * mock, so a test can replace one answer (a refusal, say) and check calls.
 */
export function fakeAdrApi(): jest.Mocked<AdrApi> {
  const answering: AdrApi = {
    listDecisions: async (query = {}) => {
      const found = matching(query);
      const offset = query.offset ?? 0;
      const limit = query.limit ?? 25;
      return decisionList(found.slice(offset, offset + limit), found.length);
    },
    getDecision: async address => {
      const id = `${address.kind}:${address.namespace}/${address.name}/${address.slug}`;
      const found = allDecisions.find(d => d.id === id);
      if (!found) {
        throw new AdrApiError(`No decision ${id}`, 404, 'NotFoundError');
      }
      return found.id === envoyGatewayRecord.id
        ? envoyGatewayRecord
        : { ...found, body: `## Context\n\n${found.title}.\n` };
    },
    getGraph: async (query = {}) =>
      query.decision ? envoyNeighbourhood : wholeGraph,
    getProblems: async (options = {}) => ({
      problems: allProblems.filter(
        p => !options.entityRef || p.entityRef === options.entityRef,
      ),
    }),
    getReviewQueue: async () => aliceQueue,
    refresh: async entityRef => ({ entityRef, decisions: 2, problems: [] }),
    createRecord: async request => ({
      decisionId: `${request.entityRef}/0023-new`,
      number: 23,
      fileName: '0023-new.md',
      target: 'local',
      location: 'docs/adr/0023-new.md',
    }),
  };
  // Each answer becomes a jest mock with the API's own signature.
  return Object.fromEntries(
    Object.entries(answering).map(([name, answer]) => [name, jest.fn(answer)]),
  ) as unknown as jest.Mocked<AdrApi>;
}
