import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  groupEntity,
  weeklyRotationYaml,
} from '../__testUtils__/rotationFiles';
import { NativeRotationProvider } from './NativeRotationProvider';

describe('NativeRotationProvider', () => {
  let folder: string;
  const urlReader = mockServices.urlReader.mock();

  beforeEach(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), 'oncall-native-'));
    urlReader.readUrl.mockReset();
  });

  afterEach(() => fs.rm(folder, { recursive: true, force: true }));

  const provider = (entities: Entity[]) =>
    new NativeRotationProvider({
      catalog: catalogServiceMock({ entities }),
      auth: mockServices.auth(),
      urlReader,
      logger: mockServices.logger.mock(),
    });

  it("reads each group's file, owned by that group, and leaves groups without one alone", async () => {
    const read = await provider([
      await groupEntity(folder, {
        name: 'platform',
        rotationYaml: weeklyRotationYaml({ name: 'platform-weekly' }),
      }),
      await groupEntity(folder, { name: 'no-rotation' }),
    ]).listRotations();
    expect(read.problems).toEqual([]);
    expect(read.rotations).toHaveLength(1);
    expect(read.rotations[0]).toMatchObject({
      provider: 'native',
      source: './oncall/rotation.yaml',
      definition: {
        name: 'platform-weekly',
        owner: 'group:default/platform',
        covers: ['group:default/platform'],
      },
    });
  });

  it('keeps one bad file a problem of its own group', async () => {
    const outside = await groupEntity(folder, { name: 'escaping' });
    outside.metadata.annotations!['localplus.io/oncall-rotation'] =
      '../platform/oncall/rotation.yaml';
    const read = await provider([
      await groupEntity(folder, {
        name: 'platform',
        rotationYaml: weeklyRotationYaml({ name: 'platform-weekly' }),
      }),
      await groupEntity(folder, { name: 'not-yaml', rotationYaml: ': : [' }),
      outside,
    ]).listRotations();
    expect(read.rotations.map(r => r.definition.name)).toEqual([
      'platform-weekly',
    ]);
    expect(new Set(read.problems.map(p => p.entityRef))).toEqual(
      new Set(['group:default/escaping', 'group:default/not-yaml']),
    );
    expect(read.problems[0]).toEqual({
      entityRef: 'group:default/escaping',
      source: '../platform/oncall/rotation.yaml',
      message:
        "The localplus.io/oncall-rotation annotation points outside the entity's folder: ../platform/oncall/rotation.yaml",
    });
    for (const problem of read.problems.slice(1)) {
      expect(problem.message).toMatch(/not valid YAML/);
    }
  });

  it('reports a second rotation of the same name on its group', async () => {
    const read = await provider([
      await groupEntity(folder, {
        name: 'b-team',
        rotationYaml: weeklyRotationYaml({ name: 'weekly' }),
      }),
      await groupEntity(folder, {
        name: 'a-team',
        rotationYaml: weeklyRotationYaml({ name: 'weekly' }),
      }),
    ]).listRotations();
    expect(read.rotations.map(r => r.definition.owner)).toEqual([
      'group:default/a-team',
    ]);
    expect(read.problems).toEqual([
      {
        entityRef: 'group:default/b-team',
        source: './oncall/rotation.yaml',
        field: 'metadata.name',
        message:
          'The rotation name weekly is already used by group:default/a-team (./oncall/rotation.yaml); this rotation is left out',
      },
    ]);
  });

  it('reads files beside URL locations through the UrlReader', async () => {
    urlReader.readUrl.mockResolvedValue({
      buffer: async () => Buffer.from(weeklyRotationYaml({ name: 'remote' })),
    });
    const group = await groupEntity(folder, { name: 'remote-team' });
    group.metadata.annotations = {
      'backstage.io/managed-by-location':
        'url:https://github.com/localplus/org/blob/main/teams/catalog-info.yaml',
      'localplus.io/oncall-rotation': './oncall.yaml',
    };
    const read = await provider([group]).listRotations();
    expect(urlReader.readUrl).toHaveBeenCalledWith(
      'https://github.com/localplus/org/blob/main/teams/oncall.yaml',
    );
    expect(read.rotations[0].source).toBe(
      'https://github.com/localplus/org/blob/main/teams/oncall.yaml',
    );
  });
});
