import { SchedulerServiceTaskInvocationDefinition } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import techdocsPlugin from '@backstage/plugin-techdocs-backend';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  PREBUILD_TASK,
  searchModuleLocalTechDocsPrebuild,
  TECHDOCS_INDEX_TASK,
} from './module';

jest.setTimeout(120_000);

const fixtureSite = path.join(__dirname, '__fixtures__/handbook');

function component(name: string, annotations: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, uid: `uid-${name}`, annotations },
    spec: { type: 'documentation', lifecycle: 'production', owner: 'docs' },
  };
}

describe('searchModuleLocalTechDocsPrebuild', () => {
  let root: string;
  let publishDirectory: string;
  let site: string;

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'techdocs-prebuild-'));
    publishDirectory = path.join(root, 'published');
    // The generator patches mkdocs.yml in place: build a copy.
    site = path.join(root, 'handbook');
    fs.cpSync(fixtureSite, site, { recursive: true });
  });

  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  async function start(prebuildLocalDocs: boolean | undefined) {
    const scheduler = mockServices.scheduler.mock();
    const entities = [
      component('handbook', {
        'backstage.io/managed-by-location': `file:${path.join(
          site,
          'catalog-info.yaml',
        )}`,
        'backstage.io/techdocs-ref': 'dir:.',
      }),
      component('remote-docs', {
        'backstage.io/techdocs-ref':
          'url:https://github.com/example/remote-docs',
      }),
      component('no-docs', {}),
    ];
    const backend = await startTestBackend({
      features: [
        scheduler.factory,
        catalogServiceMock.factory({ entities }),
        techdocsPlugin,
        searchModuleLocalTechDocsPrebuild,
        mockServices.rootConfig.factory({
          data: {
            ...(prebuildLocalDocs !== undefined && {
              localplus: { techdocs: { prebuildLocalDocs } },
            }),
            techdocs: {
              builder: 'local',
              generator: {
                runIn: 'local',
                mkdocs: { omitTechdocsCorePlugin: true },
              },
              publisher: { type: 'local', local: { publishDirectory } },
            },
          },
        }),
      ],
    });
    return { backend, scheduler };
  }

  function prebuildTask(
    scheduler: ReturnType<typeof mockServices.scheduler.mock>,
  ) {
    return scheduler.scheduleTask.mock.calls
      .map(([task]) => task as SchedulerServiceTaskInvocationDefinition)
      .find(task => task.id === PREBUILD_TASK);
  }

  it.each([
    ['absent', undefined],
    ['false', false],
  ])('does nothing when the flag is %s', async (_, flag) => {
    const { backend, scheduler } = await start(flag);
    try {
      expect(prebuildTask(scheduler)).toBeUndefined();
      expect(scheduler.triggerTask).not.toHaveBeenCalled();
    } finally {
      await backend.stop();
    }
  });

  it('builds the dir: TechDocs with mkdocs, then triggers the TechDocs collator at once', async () => {
    const { backend, scheduler } = await start(true);
    try {
      const task = prebuildTask(scheduler);
      expect(task).toMatchObject({
        scope: 'local',
        initialDelay: { seconds: 10 },
      });

      await task!.fn(new AbortController().signal);

      const published = path.join(
        publishDirectory,
        'default/component/handbook',
      );
      expect(
        fs.readFileSync(path.join(published, 'index.html'), 'utf8'),
      ).toContain('How to restart the ledger.');
      expect(
        fs.existsSync(
          path.join(publishDirectory, 'default/component/remote-docs'),
        ),
      ).toBe(false);
      expect(scheduler.triggerTask).toHaveBeenCalledTimes(1);
      expect(scheduler.triggerTask).toHaveBeenCalledWith(TECHDOCS_INDEX_TASK);
    } finally {
      await backend.stop();
    }
  });
});
