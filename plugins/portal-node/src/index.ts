/**
 * What the LOCAL-PLUS backend plugins share: checking a route's request
 * against its schema, the settings of an HTTP API (base URL, token), and a
 * GitHub client for one repository.
 *
 * @packageDocumentation
 */
export { parseRequest, MAX_ISSUES_NAMED } from './http/parseRequest';
export { jsonBody } from './http/jsonBody';
export {
  apiTokenSchema,
  httpBaseUrlProblem,
  httpBaseUrlSchema,
  normalizeBaseUrl,
} from './config/httpBaseUrl';
export { runGit } from './git/runGit';
export {
  createGithubClient,
  createOctokit,
  DEFAULT_GITHUB_TIMEOUT_MS,
  isGithubDeadlineError,
  type GithubClientOptions,
  type GithubRepositoryAddress,
  type OctokitOptions,
} from './github';
