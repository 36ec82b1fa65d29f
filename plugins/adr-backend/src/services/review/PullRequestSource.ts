import type { DecisionPullRequest } from '@localplus/plugin-adr-common';
import type { DecisionFolder } from '../sources/DecisionFolder';

/** Lists open pull requests that add or change files in decision folders. */
export interface PullRequestSource {
  list(folders: DecisionFolder[]): Promise<{
    pullRequests: DecisionPullRequest[];
    /** One sentence per repository that could not be read. */
    problems: string[];
  }>;
}
