export { createConfigureGithubRepositoryAction } from './configureRepository';
export {
  CONTRACTS_REPOSITORY_CONFIG_KEY,
  createOpenContractsPullRequestAction,
} from './openContractsPullRequest';
