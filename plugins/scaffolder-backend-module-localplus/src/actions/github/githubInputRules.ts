import { InputError } from '@backstage/errors';
import { ScmIntegrationRegistry } from '@backstage/integration';
import { parseRepoUrl } from '@backstage/plugin-scaffolder-node';
import { z } from 'zod/v3';

/*
 * The shapes GitHub names may take on the LOCAL-PLUS platform. They are
 * narrower than GitHub's own rules on purpose: every value ends up in a URL
 * path, a branch name or a commit, so anything outside lower-kebab ASCII is
 * refused before a request is made.
 */

/** Organisation or user: alphanumerics and single inner hyphens, at most 39. */
export const OWNER_PATTERN = /^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){0,38}$/;
/** Repository names on the platform are lower-kebab, at most 100 characters. */
export const REPO_PATTERN = /^[a-z0-9][a-z0-9-]{0,99}$/;
export const TEAM_SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,99}$/;
export const TOPIC_PATTERN = /^[a-z0-9][a-z0-9-]{0,49}$/;
/** Check names such as `ci`, `lint / buf` or `test (3.12)`. */
export const STATUS_CHECK_PATTERN = /^[A-Za-z0-9][A-Za-z0-9 ._/():-]{0,99}$/;
/** `host?owner=x&repo=y`, the form `publish:github` and RepoUrlPicker use. */
const REPO_URL_PATTERN = /^[a-z0-9.-]+(?::[0-9]{1,5})?\?[A-Za-z0-9_.=&-]+$/;
/** Git branch names: slash-separated segments, none starting with a dot. */
const BRANCH_PATTERN =
  /^[A-Za-z0-9_][A-Za-z0-9._-]*(?:\/[A-Za-z0-9_][A-Za-z0-9._-]*)*$/;

export const repoUrlField = (zImpl: typeof z) =>
  zImpl
    .string({ required_error: 'is required' })
    .max(300, 'must be at most 300 characters')
    .regex(
      REPO_URL_PATTERN,
      'must look like github.com?owner=<organisation>&repo=<repository>',
    );

export const branchField = (zImpl: typeof z) =>
  zImpl
    .string()
    .max(100, 'must be at most 100 characters')
    .regex(
      BRANCH_PATTERN,
      'must be a branch name made of letters, digits, ".", "_", "-" and "/"',
    )
    .refine(
      name => !name.includes('..') && !name.endsWith('.lock'),
      'must not contain ".." or end with ".lock"',
    );

export const tokenField = (zImpl: typeof z) =>
  zImpl
    .string()
    .min(1, 'must not be empty')
    .max(1024, 'must be at most 1024 characters')
    // Printable ASCII without spaces: anything else could split the header.
    .regex(/^[!-~]+$/, 'must not contain spaces or control characters')
    .optional()
    .describe(
      'GitHub token to act with instead of the integration credentials of the host',
    );

/** Where else a token can come from, named when the host's integration has none. */
export const TOKEN_INPUT_HINT = 'pass the token input';

export interface GithubRepository {
  host: string;
  owner: string;
  repo: string;
}

/**
 * Parses a scaffolder repo URL and checks that it names a repository on a
 * configured GitHub host. `field` is the input or config key the value came
 * from, so the error tells the template author what to fix.
 */
export function parseGithubRepoUrl(
  repoUrl: string,
  integrations: ScmIntegrationRegistry,
  field: string,
): GithubRepository {
  if (!REPO_URL_PATTERN.test(repoUrl) || repoUrl.length > 300) {
    throw new InputError(
      `${field}: must look like github.com?owner=<organisation>&repo=<repository>`,
    );
  }
  let parts: ReturnType<typeof parseRepoUrl>;
  try {
    parts = parseRepoUrl(repoUrl, integrations);
  } catch (error) {
    throw new InputError(`${field}: ${(error as Error).message}`);
  }
  const { host, owner, repo } = parts;
  if (!integrations.github.byHost(host)) {
    throw new InputError(
      `${field}: host ${host} is not configured under integrations.github`,
    );
  }
  if (!owner || !OWNER_PATTERN.test(owner)) {
    throw new InputError(
      `${field}: owner must be a GitHub organisation name (lowercase letters, digits and single hyphens, at most 39 characters)`,
    );
  }
  if (!REPO_PATTERN.test(repo)) {
    throw new InputError(
      `${field}: repo must be a lower-kebab repository name (lowercase letters, digits and hyphens, at most 100 characters)`,
    );
  }
  return { host, owner, repo };
}
