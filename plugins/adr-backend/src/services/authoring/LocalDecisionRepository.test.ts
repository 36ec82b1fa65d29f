import { ConflictError, InputError, NotAllowedError } from '@backstage/errors';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { DecisionWriteRequest } from './DecisionWriter';
import { LocalDecisionRepository } from './LocalDecisionRepository';
import { runGit } from '@localplus/portal-node';

const ENTITY = 'component:default/docs';

function request(
  fileName: string,
  overrides: Partial<DecisionWriteRequest> = {},
): DecisionWriteRequest {
  return {
    folder: {
      type: 'file',
      entityRef: ENTITY,
      path: '/nowhere/docs/adr',
      reference: './adr',
    },
    fileName,
    number: Number(fileName.slice(0, 4)),
    title: `Title of ${fileName}`,
    content: `# ${fileName}\n`,
    author: 'user:default/jane',
    ...overrides,
  };
}

describe('LocalDecisionRepository', () => {
  let temp: string;
  let root: string;
  const savedGlobalConfig = process.env.GIT_CONFIG_GLOBAL;

  beforeEach(async () => {
    temp = await fs.mkdtemp(path.join(os.tmpdir(), 'adr-local-'));
    root = path.join(temp, 'repo');
  });
  afterEach(async () => {
    process.env.GIT_CONFIG_GLOBAL = savedGlobalConfig;
    if (savedGlobalConfig === undefined) delete process.env.GIT_CONFIG_GLOBAL;
    await fs.rm(temp, { recursive: true, force: true });
  });

  const commits = async () =>
    (await runGit(root, ['log', '--format=%B'])).trim();
  const status = async () =>
    (await runGit(root, ['status', '--porcelain'])).trim();

  it('creates the repository on first use and commits each record with its author', async () => {
    const repository = new LocalDecisionRepository(root);
    expect(repository.target).toBe('local');

    await expect(
      repository.write(request('0021-use-kafka.md')),
    ).resolves.toEqual({
      location: 'component/default/docs/0021-use-kafka.md',
    });
    await repository.write(request('0022-next.md', { title: 'Next\none' }));

    expect(
      await fs.readFile(
        path.join(root, 'component/default/docs/0021-use-kafka.md'),
        'utf8',
      ),
    ).toBe('# 0021-use-kafka.md\n');
    expect(await commits()).toBe(
      [
        'ADR 22: Next one',
        '',
        'Proposed by user:default/jane through the LOCAL-PLUS developer portal.',
        '',
        'ADR 21: Title of 0021-use-kafka.md',
        '',
        'Proposed by user:default/jane through the LOCAL-PLUS developer portal.',
      ].join('\n'),
    );
    expect(await status()).toBe('');
  });

  it("lists an entity's drafts only, as local drafts located in the repository", async () => {
    const repository = new LocalDecisionRepository(root);
    expect(await repository.list(ENTITY)).toEqual([]);
    await repository.write(request('0002-b.md'));
    await repository.write(request('0001-a.md'));
    await repository.write(
      request('0001-other.md', {
        folder: {
          type: 'url',
          entityRef: 'Component:default/svc-ledger',
          url: 'https://github.com/x/y/tree/main/adr',
        },
      }),
    );
    const docs = path.join(root, 'component/default/docs');
    await fs.writeFile(path.join(docs, 'notes.txt'), 'not a record');
    await fs.mkdir(path.join(docs, 'sub.md'));
    await fs.writeFile(path.join(temp, 'outside.md'), 'secret');
    await fs.symlink(path.join(temp, 'outside.md'), path.join(docs, 'link.md'));

    expect(await repository.list('component:default/DOCS')).toEqual([
      {
        fileName: '0001-a.md',
        location: 'component/default/docs/0001-a.md',
        text: '# 0001-a.md\n',
        localDraft: true,
      },
      {
        fileName: '0002-b.md',
        location: 'component/default/docs/0002-b.md',
        text: '# 0002-b.md\n',
        localDraft: true,
      },
    ]);
    expect(
      (await repository.list('component:default/svc-ledger')).map(
        f => f.location,
      ),
    ).toEqual(['component/default/svc-ledger/0001-other.md']);
  });

  it('refuses to overwrite a record and changes nothing', async () => {
    const repository = new LocalDecisionRepository(root);
    await repository.write(request('0021-use-kafka.md'));
    const before = await commits();

    await expect(
      repository.write(request('0021-use-kafka.md', { content: 'replaced' })),
    ).rejects.toThrow(ConflictError);

    expect(
      await fs.readFile(
        path.join(root, 'component/default/docs/0021-use-kafka.md'),
        'utf8',
      ),
    ).toBe('# 0021-use-kafka.md\n');
    expect(await commits()).toBe(before);
    expect(await status()).toBe('');
  });

  it('takes the file back when git cannot commit it', async () => {
    const repository = new LocalDecisionRepository(root);
    await repository.write(request('0001-a.md'));
    // Another git process holding the index makes `git add` fail.
    await fs.writeFile(path.join(root, '.git/index.lock'), '');

    await expect(repository.write(request('0002-b.md'))).rejects.toThrow(
      /git add failed.*index\.lock/s,
    );

    await fs.rm(path.join(root, '.git/index.lock'));
    await expect(
      fs.stat(path.join(root, 'component/default/docs/0002-b.md')),
    ).rejects.toThrow();
    expect(await status()).toBe('');
    await repository.write(request('0002-b.md'));
    expect(await commits()).toContain('ADR 2: Title of 0002-b.md');
  });

  it.each([
    ['a traversal in the name', 'component:default/../../etc'],
    ['a traversal in the namespace', 'component:../default/docs'],
    ['a traversal as the kind', '..:default/docs'],
    ['a hidden name', 'component:default/.hidden'],
    ['an extra segment', 'component:default/docs/extra'],
    ['a space', 'component:default/do cs'],
    ['a NUL', 'component:default/docs\u0000'],
    ['no kind', 'default/docs'],
    ['nothing', ''],
    ['a 300-character name', `component:default/${'x'.repeat(300)}`],
  ])(
    'refuses an entity ref with %s before touching the disk',
    async (_, entityRef) => {
      const repository = new LocalDecisionRepository(root);
      await expect(
        repository.write(
          request('0001-a.md', {
            folder: {
              type: 'url',
              entityRef,
              url: 'https://github.com/x/y/tree/main/adr',
            },
          }),
        ),
      ).rejects.toThrow(InputError);
      await expect(repository.list(entityRef)).rejects.toThrow(InputError);
      await expect(fs.stat(root)).rejects.toThrow();
    },
  );

  it.each(['../0001-a.md', '0001-a.txt', '.md', '0001/a.md', '0001-a..md'])(
    'refuses the file name %j',
    async fileName => {
      const repository = new LocalDecisionRepository(root);
      await expect(repository.write(request(fileName))).rejects.toThrow(
        InputError,
      );
      await expect(fs.stat(root)).rejects.toThrow();
    },
  );

  it('refuses to follow a planted symlink out of the repository', async () => {
    const repository = new LocalDecisionRepository(root);
    await repository.write(request('0001-a.md'));
    const outside = path.join(temp, 'outside');
    await fs.mkdir(outside);
    await fs.symlink(outside, path.join(root, 'group'));

    await expect(
      repository.write(
        request('0001-a.md', {
          folder: {
            type: 'url',
            entityRef: 'group:default/team',
            url: 'https://github.com/x/y/tree/main/adr',
          },
        }),
      ),
    ).rejects.toThrow(NotAllowedError);
    await expect(repository.list('group:default/team')).rejects.toThrow(
      NotAllowedError,
    );
    expect(await fs.readdir(outside)).toEqual([]);
  });

  it("commits whatever the machine's git configuration and hooks say", async () => {
    const globalConfig = path.join(temp, 'gitconfig');
    await fs.writeFile(
      globalConfig,
      '[commit]\n\tgpgsign = true\n[user]\n\tsigningkey = nope\n',
    );
    process.env.GIT_CONFIG_GLOBAL = globalConfig;
    const repository = new LocalDecisionRepository(root);
    await repository.write(request('0001-a.md'));
    await fs.mkdir(path.join(root, '.git/hooks'), { recursive: true });
    const hook = path.join(root, '.git/hooks/pre-commit');
    await fs.writeFile(hook, '#!/bin/sh\nexit 1\n', { mode: 0o755 });

    await repository.write(request('0002-b.md'));

    expect(await commits()).toContain('ADR 2: Title of 0002-b.md');
  });

  it('keeps its own repository inside another one and takes writes one at a time', async () => {
    await runGit(temp, ['init', '--quiet', '--initial-branch=main', '.']);
    const repository = new LocalDecisionRepository(root);

    await Promise.all(
      [1, 2, 3, 4, 5].map(n =>
        repository.write(request(`000${n}-parallel.md`)),
      ),
    );

    expect((await runGit(root, ['rev-list', '--count', 'HEAD'])).trim()).toBe(
      '5',
    );
    await expect(runGit(temp, ['rev-parse', 'HEAD'])).rejects.toThrow();
    expect(await status()).toBe('');
  });
});
