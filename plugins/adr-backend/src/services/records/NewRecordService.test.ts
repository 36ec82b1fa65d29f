import { mockServices } from '@backstage/backend-test-utils';
import type {
  DecisionSummary,
  NewDecisionRequest,
  NewDecisionResult,
} from '@localplus/plugin-adr-common';
import {
  annotatedEntity,
  fakeDecisionSources,
} from '../../__testUtils__/fakeDecisionSources';
import { storedDecision } from '../../__testUtils__/storedDecisions';
import type { AuthoringContext } from '../authoring/AuthoringService';
import type { DecisionStore } from '../store/DecisionStore';
import { NewRecordService } from './NewRecordService';

const DOCS = 'component:default/docs';
const request: NewDecisionRequest = {
  entityRef: DOCS,
  title: 'Adopt OpenSLO',
  context: 'One format for objectives.',
  decision: 'OpenSLO v1.',
};
const existing: DecisionSummary[] = [storedDecision(DOCS, '0001-use-kafka.md')];

function setUp(
  target: 'github' | 'local',
  refresh = jest.fn(async () => undefined),
) {
  const { sources } = fakeDecisionSources({
    entities: [
      annotatedEntity('Component', 'docs'),
      annotatedEntity('Component', 'plain', { adrLocation: null }),
    ],
    folders: {},
  });
  const store = {
    listSummaries: jest.fn(async () => existing),
  } as unknown as DecisionStore;
  const create = jest.fn(
    async (
      _: unknown,
      context: AuthoringContext,
    ): Promise<NewDecisionResult> => ({
      decisionId: `${context.folder.entityRef}/0002-adopt-openslo`,
      number: 2,
      fileName: '0002-adopt-openslo.md',
      target,
      location: 'somewhere',
    }),
  );
  const logger = mockServices.logger.mock();
  const service = new NewRecordService({
    sources,
    store,
    authoring: { create },
    indexer: { refresh },
    logger,
  });
  return { service, create, refresh, store, logger };
}

describe('NewRecordService', () => {
  it("hands the authoring service the entity's folder, its decisions and the author", async () => {
    const { service, create, store } = setUp('github');
    await service.create(request, 'user:default/marc-lefevre');
    expect(store.listSummaries).toHaveBeenCalledWith({ entityRef: DOCS });
    expect(create).toHaveBeenCalledWith(request, {
      folder: {
        type: 'url',
        entityRef: DOCS,
        url: 'https://git.example/docs/adr',
      },
      existing,
      author: 'user:default/marc-lefevre',
    });
  });

  it('reads the entity again only when the record went to the local repository', async () => {
    const github = setUp('github');
    await github.service.create(request, 'user:default/a');
    expect(github.refresh).not.toHaveBeenCalled();
    const local = setUp('local');
    await local.service.create(request, 'user:default/a');
    expect(local.refresh).toHaveBeenCalledWith(DOCS);
  });

  it('answers with the written record even when indexing it fails', async () => {
    const { service, logger } = setUp(
      'local',
      jest.fn(async () => {
        throw new Error('database is locked');
      }),
    );
    await expect(
      service.create(request, 'user:default/a'),
    ).resolves.toMatchObject({
      fileName: '0002-adopt-openslo.md',
    });
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('database is locked'),
    );
  });

  it('refuses an unknown entity and one without a folder before writing', async () => {
    const { service, create } = setUp('local');
    await expect(
      service.create({ ...request, entityRef: 'component:default/ghost' }, 'u'),
    ).rejects.toThrow('No entity component:default/ghost in the catalog');
    await expect(
      service.create({ ...request, entityRef: 'component:default/plain' }, 'u'),
    ).rejects.toThrow('has no backstage.io/adr-location annotation');
    expect(create).not.toHaveBeenCalled();
  });
});
