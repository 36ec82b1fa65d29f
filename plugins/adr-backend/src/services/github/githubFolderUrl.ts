import { InputError } from '@backstage/errors';
import type { ScmIntegrationRegistry } from '@backstage/integration';

/** A decision folder in a GitHub repository, read from its URL. */
export interface GithubFolder {
  /** The integration's host, e.g. `github.com` or a GitHub Enterprise host. */
  host: string;
  owner: string;
  repo: string;
  branch: string;
  /** The folder inside the repository, `adr` or `docs/adr`; empty for the root. */
  path: string;
  /** `https://github.com/localplus/docs`: where file and pull request links start. */
  repositoryUrl: string;
}

const MAX_URL_LENGTH = 2000;
const MAX_FOLDER_DEPTH = 20;
const URL_SHAPE = /^(https?):\/\/([^/?#@\s]+)(\/[^?#]*)?$/i;
/** Organisation or user: alphanumerics and single inner hyphens, at most 39. */
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
/**
 * One segment only: `tree/release/2.0/adr` cannot tell the branch from the
 * folder without asking GitHub, so such URLs are refused rather than guessed.
 */
const BRANCH = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,99}$/;
const CONTROL = /\p{Cc}/u;
const EXPECTED = 'https://<host>/<owner>/<repo>/tree/<branch>/<folder>';

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** The decoded folder segments, or why they are refused. */
function folderSegments(raw: string[]): string[] | string {
  const segments: string[] = [];
  for (const encoded of raw) {
    const segment = decodeSegment(encoded);
    if (
      segment === undefined ||
      segment === '' ||
      segment === '.' ||
      segment === '..' ||
      /[\\/]/.test(segment) ||
      CONTROL.test(segment)
    ) {
      return 'its folder path must be plain names, without ".", ".." or empty segments';
    }
    segments.push(segment);
  }
  return segments.length > MAX_FOLDER_DEPTH
    ? `its folder path is deeper than ${MAX_FOLDER_DEPTH} levels`
    : segments;
}

/**
 * Reads `https://github.com/localplus/docs/tree/main/adr` into its parts,
 * refusing anything else: hosts not configured under integrations.github,
 * queries and fragments, path traversal (checked before any URL parser
 * could fold `..` away), branches with slashes, and names GitHub would not
 * accept. The error says what is wrong, for the problem list.
 */
export function parseGithubFolderUrl(
  url: string,
  integrations: ScmIntegrationRegistry,
): GithubFolder {
  if (url.length > MAX_URL_LENGTH) {
    throw new InputError(`longer than ${MAX_URL_LENGTH} characters`);
  }
  const shape = URL_SHAPE.exec(url);
  if (!shape || /[\s\\]/.test(url) || CONTROL.test(url)) {
    throw new InputError(`not a folder URL of the form ${EXPECTED}`);
  }
  const [, scheme, hostPart, pathPart = ''] = shape;
  const host = hostPart.toLocaleLowerCase('en-US');
  if (!integrations.github.byHost(host)) {
    throw new InputError(
      `${host} is not a GitHub host configured under integrations.github`,
    );
  }
  const raw = pathPart.split('/').slice(1);
  if (raw.length > 0 && raw[raw.length - 1] === '') raw.pop();
  const [owner, repo, tree, branch, ...rest] = raw;
  if (tree !== 'tree' || !branch) {
    throw new InputError(`does not name a branch; expected ${EXPECTED}`);
  }
  if (!OWNER.test(owner) || !REPO.test(repo) || /^\.\.?$/.test(repo)) {
    throw new InputError('does not name a GitHub owner and repository');
  }
  const decodedBranch = decodeSegment(branch);
  if (
    !decodedBranch ||
    !BRANCH.test(decodedBranch) ||
    decodedBranch.includes('..') ||
    decodedBranch.endsWith('.lock')
  ) {
    throw new InputError(
      'names a branch this portal does not read (one segment of letters, digits, ".", "_" and "-")',
    );
  }
  const folder = folderSegments(rest);
  if (typeof folder === 'string') {
    throw new InputError(folder);
  }
  return {
    host,
    owner,
    repo,
    branch: decodedBranch,
    path: folder.join('/'),
    repositoryUrl: `${scheme.toLocaleLowerCase(
      'en-US',
    )}://${host}/${owner}/${repo}`,
  };
}

/** `adr/0021-x.md` in the folder, or `0021-x.md` at the repository's root. */
export function pathInFolder(folder: GithubFolder, fileName: string): string {
  return folder.path ? `${folder.path}/${fileName}` : fileName;
}

/** A repository path as it goes into a github.com URL, each segment encoded. */
export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
