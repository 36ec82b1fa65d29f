export {
  createGithubClient,
  type GithubClientOptions,
  type GithubRepositoryAddress,
} from './createGithubClient';
export {
  createOctokit,
  DEFAULT_GITHUB_TIMEOUT_MS,
  type OctokitOptions,
} from './createOctokit';
export { isGithubDeadlineError } from './fetchWithDeadline';
