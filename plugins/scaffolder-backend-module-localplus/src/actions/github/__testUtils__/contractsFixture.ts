import { ConfigReader } from '@backstage/config';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { json, RecordedCall, setupGithubApiMock } from './githubApiMock';

export const TOKEN = 'ghp_contractsToken0123456789abcdefABCDEF';
export const REPO = '/repos/localplus/contracts-proto';
export const BRANCH = 'add-svc-ledger-contracts';
export const PR_URL = 'https://github.com/localplus/contracts-proto/pull/42';

export const LEDGER_PROTO =
  'syntax = "proto3";\npackage localplus.ledger.v1;\n';
export const MONEY_PROTO =
  'syntax = "proto3";\nmessage Money { int64 units = 1; }\n';
export const AUDIT_PROTO = 'syntax = "proto3";\nmessage AuditEntry {}\n';

export const contractsConfig = new ConfigReader({
  localplus: {
    scaffolder: {
      contractsRepository: 'github.com?owner=localplus&repo=contracts-proto',
    },
  },
});

export async function writeFile(
  root: string,
  relativePath: string,
  content: string,
) {
  const file = path.join(root, relativePath);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, content);
}

/**
 * A task workspace as the golden-path template leaves it: protos under
 * proto/, with other files around them, and a directory outside the
 * workspace that holds a proto nobody should publish.
 */
export function useContractsWorkspace() {
  const paths = { root: '', workspace: '', outside: '' };
  beforeEach(async () => {
    paths.root = await fs.mkdtemp(path.join(os.tmpdir(), 'contracts-pr-'));
    paths.workspace = path.join(paths.root, 'workspace');
    paths.outside = path.join(paths.root, 'outside');
    const v1 = 'proto/localplus/ledger/v1';
    await writeFile(paths.workspace, `${v1}/ledger.proto`, LEDGER_PROTO);
    await writeFile(paths.workspace, `${v1}/money.proto`, MONEY_PROTO);
    await writeFile(paths.workspace, `${v1}/internal/audit.proto`, AUDIT_PROTO);
    await writeFile(paths.workspace, 'proto/README.md', '# protos\n');
    await writeFile(paths.workspace, `${v1}/notes.txt`, 'x');
    await writeFile(paths.workspace, 'buf.yaml', 'version: v2\n');
    await writeFile(
      paths.outside,
      'proto/secret.proto',
      'syntax = "proto3";\n',
    );
  });
  afterEach(() => fs.rm(paths.root, { recursive: true, force: true }));
  return paths;
}

/** GitHub answering every call of a successful pull request. */
export function answerContractsCalls(
  github: ReturnType<typeof setupGithubApiMock>,
) {
  github.handle('get', REPO, () => json({ default_branch: 'main' }));
  // Octokit sends the ref as one encoded path segment: heads%2Fmain.
  github.handle('get', `${REPO}/git/ref/:ref`, () =>
    json({ ref: 'refs/heads/main', object: { sha: 'base-commit-sha' } }),
  );
  github.handle('get', `${REPO}/git/commits/base-commit-sha`, () =>
    json({ sha: 'base-commit-sha', tree: { sha: 'base-tree-sha' } }),
  );
  let blobs = 0;
  github.handle('post', `${REPO}/git/blobs`, () => {
    blobs += 1;
    return json({ sha: `blob-sha-${blobs}` }, 201);
  });
  github.handle('post', `${REPO}/git/trees`, () =>
    json({ sha: 'new-tree-sha' }, 201),
  );
  github.handle('post', `${REPO}/git/commits`, () =>
    json({ sha: 'new-commit-sha' }, 201),
  );
  github.handle('post', `${REPO}/git/refs`, ({ body }) =>
    json({ ...(body as object), object: { sha: 'new-commit-sha' } }, 201),
  );
  github.handle('post', `${REPO}/pulls`, () =>
    json({ html_url: PR_URL, number: 42 }, 201),
  );
}

export const decodeBlob = (call: RecordedCall) =>
  Buffer.from((call.body as { content: string }).content, 'base64').toString();
