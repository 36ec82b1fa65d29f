import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runGit } from './runGit';

describe('runGit', () => {
  let folder: string;

  beforeEach(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), 'portal-node-git-'));
  });

  afterEach(async () => {
    await fs.rm(folder, { recursive: true, force: true });
  });

  it('commits as the portal, with the message as plain text', async () => {
    await runGit(folder, ['init', '--quiet', '--initial-branch=main', '.']);
    await fs.writeFile(path.join(folder, 'a.md'), 'decision\n');
    await runGit(folder, ['add', '--', 'a.md']);
    const message = 'Add "$(touch pwned)" `id`; rm -rf ~';
    await runGit(folder, ['commit', '--quiet', '--message', message]);

    const log = await runGit(folder, ['log', '--format=%an <%ae>%n%B']);
    expect(log.trim()).toBe(
      `LOCAL-PLUS Portal <portal@localplus.example>\n${message}`,
    );
    await expect(fs.stat(path.join(folder, 'pwned'))).rejects.toThrow();
  });

  it("ignores the repository's hooks", async () => {
    await runGit(folder, ['init', '--quiet', '--initial-branch=main', '.']);
    // No hooks folder: the template folder is ignored too.
    await fs.mkdir(path.join(folder, '.git', 'hooks'), { recursive: true });
    const hook = path.join(folder, '.git', 'hooks', 'pre-commit');
    await fs.writeFile(hook, '#!/bin/sh\nexit 1\n', { mode: 0o755 });
    await fs.writeFile(path.join(folder, 'a.md'), 'x\n');
    await runGit(folder, ['add', '--all']);
    await expect(
      runGit(folder, ['commit', '--quiet', '--message', 'passes the hook']),
    ).resolves.toBeDefined();
  });

  it('names the command, the folder and what git said when it fails', async () => {
    await expect(runGit(folder, ['rev-parse', 'HEAD'])).rejects.toThrow(
      new RegExp(
        `^git rev-parse failed in ${folder}: fatal: not a git repository`,
      ),
    );
  });
});
