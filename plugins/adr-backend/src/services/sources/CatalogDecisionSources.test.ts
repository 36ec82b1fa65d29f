import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fakeTreeReader } from '../../__testUtils__/fakeTreeReader';
import { CatalogDecisionSources } from './CatalogDecisionSources';
import type { DecisionFolderFile } from './DecisionFolder';
import type { LocalDraftSource } from './DecisionSources';

const REMOTE = 'https://github.com/localplus/svc-ledger/tree/main/adr';

function component(name: string, annotations: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, annotations },
    spec: { owner: 'group:default/platform-team', system: 'localplus' },
  };
}

describe('CatalogDecisionSources', () => {
  let root: string;
  let docs: Entity;
  let ledger: Entity;
  const unannotated = component('svc-plain', {});
  const remote = fakeTreeReader({
    [REMOTE]: [{ path: '0001-double-entry.md', text: 'remote', size: 6 }],
  });

  const sources = (options: {
    entities?: Entity[];
    localDrafts?: LocalDraftSource;
  }) =>
    new CatalogDecisionSources({
      catalog: catalogServiceMock({
        entities: options.entities ?? [docs, ledger, unannotated],
      }),
      auth: mockServices.auth(),
      urlReader: remote.reader,
      integrations: ScmIntegrations.fromConfig(new ConfigReader({})),
      localDrafts: options.localDrafts,
      isDecisionFile: name => name.endsWith('.md'),
      maxBytes: 64,
    });

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'adr-sources-'));
    const folder = path.join(root, 'docs');
    fs.mkdirSync(path.join(folder, 'adr'), { recursive: true });
    fs.writeFileSync(path.join(folder, 'adr', '0001-use-kafka.md'), 'local');
    fs.writeFileSync(path.join(root, 'secret.md'), 'do not read');
    fs.symlinkSync(
      path.join(root, 'secret.md'),
      path.join(folder, 'adr', '0002-leak.md'),
    );
    docs = component('docs', {
      'backstage.io/managed-by-location': `file:${path.join(
        folder,
        'catalog-info.yaml',
      )}`,
      'backstage.io/adr-location': './adr',
    });
    ledger = component('svc-ledger', {
      'backstage.io/managed-by-location':
        'url:https://github.com/localplus/svc-ledger/blob/main/catalog-info.yaml',
      'backstage.io/adr-location': 'adr',
    });
  });

  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('lists only the annotated entities, with the fields the index needs', async () => {
    const listed = await sources({}).listAnnotatedEntities();
    expect(listed.map(e => e.metadata.name).sort()).toEqual([
      'docs',
      'svc-ledger',
    ]);
    expect(listed[0].spec).toEqual({
      owner: 'group:default/platform-team',
      system: 'localplus',
    });
  });

  it('pages through a large catalog', async () => {
    const many = Array.from({ length: 1203 }, (_, i) =>
      component(`svc-${i}`, { 'backstage.io/adr-location': 'https://x/adr' }),
    );
    const listed = await sources({ entities: many }).listAnnotatedEntities();
    expect(new Set(listed.map(e => e.metadata.name)).size).toBe(1203);
  });

  it('finds one entity by ref', async () => {
    const source = sources({});
    expect(
      (await source.getEntity('component:default/docs'))?.metadata.name,
    ).toBe('docs');
    expect(await source.getEntity('component:default/nope')).toBeUndefined();
  });

  it('reads a file folder inside the entity folder, reporting a link that leads out', async () => {
    const source = sources({});
    const read = await source.readFolder(docs, source.resolveFolder(docs));
    expect(read.files).toEqual([
      {
        fileName: '0001-use-kafka.md',
        location: './adr/0001-use-kafka.md',
        text: 'local',
      },
    ]);
    expect(read.problems).toEqual([
      {
        entityRef: 'component:default/docs',
        location: './adr/0002-leak.md',
        fileName: '0002-leak.md',
        message:
          "The file 0002-leak.md is a link leading outside the entity's folder; it was not read",
      },
    ]);
    expect(JSON.stringify(read)).not.toContain('do not read');
  });

  it('reads a URL folder through the UrlReader', async () => {
    const source = sources({});
    const folder = source.resolveFolder(ledger);
    expect(folder).toEqual({
      type: 'url',
      entityRef: 'component:default/svc-ledger',
      url: REMOTE,
    });
    const read = await source.readFolder(ledger, folder);
    expect(read).toEqual({
      files: [
        {
          fileName: '0001-double-entry.md',
          location: `${REMOTE.replace(
            '/tree/',
            '/blob/',
          )}/0001-double-entry.md`,
          text: 'remote',
        },
      ],
      problems: [],
    });
  });

  it('says when a folder holds no record at all', async () => {
    fs.rmSync(path.join(root, 'docs', 'adr'), { recursive: true });
    fs.mkdirSync(path.join(root, 'docs', 'adr'));
    const source = sources({});
    const read = await source.readFolder(docs, source.resolveFolder(docs));
    expect(read.problems).toEqual([
      expect.objectContaining({
        location: './adr',
        message: expect.stringContaining(
          'No decision records were found in ./adr',
        ),
      }),
    ]);
  });

  it('fails as a whole when the folder itself cannot be read', async () => {
    fs.rmSync(path.join(root, 'docs', 'adr'), { recursive: true });
    const source = sources({});
    await expect(
      source.readFolder(docs, source.resolveFolder(docs)),
    ).rejects.toThrow('The decision folder ./adr does not exist');
  });

  describe('with the drafts of the development repository', () => {
    const draft = (fileName: string, text: string): DecisionFolderFile => ({
      fileName,
      location: `/srv/adr-drafts/component/default/docs/${fileName}`,
      text,
      localDraft: true,
    });

    it("adds the drafts, the folder's own file winning on a shared name", async () => {
      const list = jest.fn(async () => [
        draft('0001-use-kafka.md', 'draft of an existing name'),
        draft('0003-new.md', 'new'),
      ]);
      const source = sources({ localDrafts: { list } });
      const read = await source.readFolder(docs, source.resolveFolder(docs));
      expect(list).toHaveBeenCalledWith('component:default/docs');
      expect(read.files.map(f => [f.fileName, f.text, f.localDraft])).toEqual([
        ['0001-use-kafka.md', 'local', undefined],
        ['0003-new.md', 'new', true],
      ]);
    });

    it('reports drafts that cannot be listed and keeps the folder', async () => {
      const source = sources({
        localDrafts: {
          list: async () => {
            throw new Error('not a git repository');
          },
        },
      });
      const read = await source.readFolder(docs, source.resolveFolder(docs));
      expect(read.files.map(f => f.fileName)).toEqual(['0001-use-kafka.md']);
      expect(read.problems.map(p => p.message)).toContain(
        'The drafts of the development repository could not be read: not a git repository',
      );
    });
  });
});
