import type { LoggerService } from '@backstage/backend-plugin-api';
import type { Octokit } from '@octokit/rest';
import pLimit from 'p-limit';
import type { RepositorySlug } from '../catalog/repositorySlug';
import type { ProtectionReading } from './protectionReading';
import { readBranchEvidence, RulesetCache } from './readBranchEvidence';

/** Requests GitHub gets at once: few, as its secondary rate limits ask. */
export const GITHUB_CONCURRENCY = 4;

export interface ReadProtectionsOptions {
  /** Gives each request its deadline (`createOctokit` of `@localplus/portal-node`). */
  octokit: Octokit;
  token?: string;
  logger: LoggerService;
  /** The evaluation run's: aborting it stops what is left. */
  signal: AbortSignal;
  concurrency?: number;
}

const slugText = ({ owner, name }: RepositorySlug) => `${owner}/${name}`;

/**
 * Reads the protection of every repository, a few at a time: its classic
 * branch protection and the rulesets that apply to its default branch. After
 * a failure that every later request would meet too (the token refused, the
 * rate limit used up, GitHub unreachable), the rest are not asked and carry
 * that reason.
 */
export async function readProtections(
  repositories: readonly RepositorySlug[],
  options: ReadProtectionsOptions,
): Promise<ProtectionReading[]> {
  const limit = pLimit(options.concurrency ?? GITHUB_CONCURRENCY);
  let stoppedBy: string | undefined;
  const rulesetCache: RulesetCache = new Map();

  return Promise.all(
    repositories.map(slug =>
      limit(async (): Promise<ProtectionReading> => {
        if (stoppedBy !== undefined || options.signal.aborted) {
          return {
            state: 'unreadable',
            failure: {
              reason: `not asked, as an earlier request of this run failed: ${
                stoppedBy ?? 'the evaluation run was stopped'
              }`,
              stopsRun: true,
            },
          };
        }
        const reading = await readBranchEvidence(options.octokit, slug, {
          token: options.token,
          signal: options.signal,
          rulesetCache,
        });
        if (reading.state === 'unreadable') {
          options.logger.debug(
            `Branch protection of ${slugText(slug)} not read: ${
              reading.failure.reason
            }`,
          );
          if (reading.failure.stopsRun) {
            stoppedBy ??= reading.failure.reason;
          }
        }
        return reading;
      }),
    ),
  );
}
