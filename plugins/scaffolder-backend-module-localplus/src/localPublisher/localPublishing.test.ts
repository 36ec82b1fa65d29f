import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { createPublishLocalAction } from '../actions/createPublishLocalAction';
import { createRegisterLocalAction } from '../actions/createRegisterLocalAction';
import { LocalGitPublisher } from './LocalGitPublisher';

jest.setTimeout(30_000);

describe('the development publisher', () => {
  let root: string;
  let workspace: string;

  beforeEach(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'dev-publisher-'));
    workspace = await fs.mkdtemp(path.join(os.tmpdir(), 'workspace-'));
    await fs.writeFile(
      path.join(workspace, 'catalog-info.yaml'),
      'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: svc-loyalty-tiers\nspec:\n  type: service\n  lifecycle: experimental\n  owner: team-loyalty\n',
    );
    await fs.mkdir(path.join(workspace, 'src/app'), { recursive: true });
    await fs.writeFile(
      path.join(workspace, 'src/app/main.py'),
      'print("hello")\n',
    );
  });
  afterEach(async () => {
    await fs.rm(root, { recursive: true, force: true });
    await fs.rm(workspace, { recursive: true, force: true });
  });

  it('publishes the workspace to a bare repository that git can clone', async () => {
    const action = createPublishLocalAction({
      publisher: new LocalGitPublisher(root),
    });
    const ctx = createMockActionContext({
      workspacePath: workspace,
      input: {
        name: 'svc-loyalty-tiers',
        sourcePath: '.',
        defaultBranch: 'main',
      },
    });
    await action.handler(ctx);
    const bare = path.join(root, 'repos/svc-loyalty-tiers.git');
    expect(ctx.output).toHaveBeenCalledWith('remoteUrl', `file://${bare}`);
    expect(ctx.output).toHaveBeenCalledWith(
      'catalogInfoPath',
      path.join(root, 'checkouts/svc-loyalty-tiers/catalog-info.yaml'),
    );
    const files = execFileSync(
      'git',
      ['--git-dir', bare, 'ls-tree', '-r', '--name-only', 'main'],
      { encoding: 'utf8' },
    );
    expect(files.trim().split('\n')).toEqual([
      'catalog-info.yaml',
      'src/app/main.py',
    ]);
    const message = execFileSync(
      'git',
      ['--git-dir', bare, 'log', '-1', '--format=%an|%s', 'main'],
      { encoding: 'utf8' },
    );
    expect(message.trim()).toBe(
      'LOCAL-PLUS Portal|Create svc-loyalty-tiers from the LOCAL-PLUS golden path',
    );
  });

  it('refuses to overwrite an existing repository', async () => {
    const publisher = new LocalGitPublisher(root);
    await publisher.publish({
      name: 'svc-x',
      sourceDir: workspace,
      commitMessage: 'first',
    });
    await expect(
      publisher.publish({
        name: 'svc-x',
        sourceDir: workspace,
        commitMessage: 'again',
      }),
    ).rejects.toThrow(
      /A repository named svc-x already exists in the dev data folder/,
    );
  });

  it('refuses repository names that could leave its folder', async () => {
    const publisher = new LocalGitPublisher(root);
    for (const name of ['../escape', 'svc-x/../../y', 'SVC', '-x', '']) {
      await expect(
        publisher.publish({ name, sourceDir: workspace, commitMessage: 'x' }),
      ).rejects.toThrow(/not a valid repository name/);
    }
    expect(await fs.readdir(root)).toEqual([]);
  });

  it('registers a published catalog-info.yaml as a file location', async () => {
    const publisher = new LocalGitPublisher(root);
    const published = await publisher.publish({
      name: 'svc-loyalty-tiers',
      sourceDir: workspace,
      commitMessage: 'x',
    });
    const catalog = catalogServiceMock.mock({
      getEntityByRef: jest
        .fn()
        .mockResolvedValueOnce(undefined)
        .mockResolvedValue({ kind: 'Component' }),
    });
    const action = createRegisterLocalAction({ catalog, publisher });
    const ctx = createMockActionContext({
      input: {
        catalogInfoPath: path.join(published.checkoutPath, 'catalog-info.yaml'),
      },
    });
    await action.handler(ctx);
    expect(catalog.addLocation).toHaveBeenCalledWith(
      {
        type: 'file',
        target: path.join(published.checkoutPath, 'catalog-info.yaml'),
      },
      expect.objectContaining({ credentials: expect.anything() }),
    );
    expect(ctx.output).toHaveBeenCalledWith(
      'entityRef',
      'component:default/svc-loyalty-tiers',
    );
  });

  it('registers nothing outside its own working copies', async () => {
    const publisher = new LocalGitPublisher(root);
    const catalog = catalogServiceMock.mock();
    const action = createRegisterLocalAction({ catalog, publisher });
    for (const catalogInfoPath of [
      '/etc/passwd',
      path.join(root, 'checkouts/../../etc/passwd'),
      path.join(workspace, 'catalog-info.yaml'),
    ]) {
      await expect(
        action.handler(createMockActionContext({ input: { catalogInfoPath } })),
      ).rejects.toThrow(
        /catalogInfoPath must be a file in a locally published repository/,
      );
    }
    expect(catalog.addLocation).not.toHaveBeenCalled();
  });

  it('refuses to run without the development config', async () => {
    const action = createPublishLocalAction({});
    const ctx = createMockActionContext({
      workspacePath: workspace,
      input: { name: 'svc-x', sourcePath: '.', defaultBranch: 'main' },
    });
    await expect(action.handler(ctx)).rejects.toThrow(
      /The local publisher is for development only/,
    );
  });
});
