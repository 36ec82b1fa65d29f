import {
  DefaultGithubCredentialsProvider,
  ScmIntegrationRegistry,
} from '@backstage/integration';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { createGithubClient } from '@localplus/portal-node';
import { z } from 'zod/v3';
import { examples } from './configureRepository.examples';
import { callGithub } from './githubErrors';
import {
  branchField,
  parseGithubRepoUrl,
  repoUrlField,
  STATUS_CHECK_PATTERN,
  TEAM_SLUG_PATTERN,
  TOKEN_INPUT_HINT,
  tokenField,
  TOPIC_PATTERN,
} from './githubInputRules';
import { SCAFFOLDER_GITHUB_USER_AGENT } from './githubUserAgent';
import { validateActionInput } from './validateActionInput';

const ACTION_ID = 'localplus:github:configure-repository';

export const configureRepositoryInput = {
  repoUrl: (zImpl: typeof z) =>
    repoUrlField(zImpl).describe(
      'Repository to configure, in the form github.com?owner=<organisation>&repo=<repository>',
    ),
  team: (zImpl: typeof z) =>
    zImpl
      .string({ required_error: 'is required' })
      .regex(
        TEAM_SLUG_PATTERN,
        'must be a GitHub team slug (lowercase letters, digits and hyphens, at most 100 characters)',
      )
      .describe(
        'Slug of the owning team, in the organisation of the repository',
      ),
  permission: (zImpl: typeof z) =>
    zImpl
      .enum(['push', 'maintain', 'admin'])
      .default('maintain')
      .describe('Permission the owning team gets on the repository'),
  topics: (zImpl: typeof z) =>
    zImpl
      .array(
        zImpl
          .string()
          .regex(
            TOPIC_PATTERN,
            'must be a lower-kebab topic (lowercase letters, digits and hyphens, at most 50 characters)',
          ),
      )
      .max(20, 'must list at most 20 topics')
      .default([])
      .describe(
        'Repository topics; replaces the existing ones. Left alone when empty',
      ),
  requiredApprovals: (zImpl: typeof z) =>
    zImpl
      .number()
      .int('must be a whole number')
      // Tier T3 changes need at least one review; GitHub allows up to 6.
      .min(1, 'must be at least 1')
      .max(6, 'must be at most 6')
      .default(1)
      .describe('Approving reviews a pull request needs before merging'),
  requiredStatusChecks: (zImpl: typeof z) =>
    zImpl
      .array(
        zImpl
          .string()
          .regex(
            STATUS_CHECK_PATTERN,
            'must be a check name made of letters, digits, spaces and . _ / ( ) : -',
          ),
      )
      .max(20, 'must list at most 20 checks')
      .default(['ci'])
      .describe(
        'Status checks that must pass, on an up-to-date branch, before merging',
      ),
  branch: (zImpl: typeof z) =>
    branchField(zImpl).default('main').describe('Branch to protect'),
  token: tokenField,
};

/**
 * Golden path, after `publish:github`: hands the new repository to its team,
 * protects the main branch and tags it with topics.
 */
export function createConfigureGithubRepositoryAction(options: {
  integrations: ScmIntegrationRegistry;
  /** Per-request deadline; the default suits GitHub, tests shorten it. */
  requestTimeoutMs?: number;
}) {
  const { integrations, requestTimeoutMs } = options;
  const credentialsProvider =
    DefaultGithubCredentialsProvider.fromIntegrations(integrations);

  return createTemplateAction({
    id: ACTION_ID,
    description:
      'Applies the LOCAL-PLUS golden-path settings to a freshly published repository: team permission, protection of the main branch and topics',
    examples,
    schema: {
      input: configureRepositoryInput,
      output: {
        repositoryUrl: zImpl =>
          zImpl.string().describe('HTML URL of the configured repository'),
      },
    },
    async handler(ctx) {
      const input = validateActionInput(
        ACTION_ID,
        configureRepositoryInput,
        ctx.input,
      );
      const repository = parseGithubRepoUrl(
        input.repoUrl,
        integrations,
        'repoUrl',
      );
      const { owner, repo } = repository;
      const slug = `${owner}/${repo}`;
      const client = await createGithubClient({
        integrations,
        credentialsProvider,
        repository,
        // Every step writes: the token input, else the host's credentials.
        token: input.token,
        requireToken: true,
        missingTokenHint: TOKEN_INPUT_HINT,
        userAgent: SCAFFOLDER_GITHUB_USER_AGENT,
        logger: ctx.logger,
        signal: ctx.signal,
        timeoutMs: requestTimeoutMs,
      });

      const repositoryUrl = await callGithub(
        {
          action: `read repository ${slug}`,
          requiredPermission:
            'read access to the repository (fine-grained: Metadata read; classic: repo)',
          notFound: `repository ${slug} does not exist; publish it (publish:github) before this step`,
        },
        async () =>
          (
            await client.rest.repos.get({ owner, repo })
          ).data.html_url,
      );

      await ctx.checkpoint({
        key: `team-permission.${slug}.${input.team}.${input.permission}`,
        fn: async () => {
          await callGithub(
            {
              action: `give team ${input.team} ${input.permission} permission on ${slug}`,
              requiredPermission:
                'admin on the repository and the right to manage team ' +
                'repositories in the organisation (fine-grained: Administration ' +
                'write and Members read; classic: repo and admin:org)',
              notFound: `team ${input.team} does not exist in organisation ${owner}, or repository ${slug} does not exist`,
            },
            () =>
              client.rest.teams.addOrUpdateRepoPermissionsInOrg({
                org: owner,
                team_slug: input.team,
                owner,
                repo,
                permission: input.permission,
              }),
          );
          ctx.logger.info(
            `Team ${input.team} has ${input.permission} permission on ${slug}`,
          );
        },
      });

      await ctx.checkpoint({
        key: `branch-protection.${slug}.${input.branch}`,
        fn: async () => {
          await callGithub(
            {
              action: `protect branch ${input.branch} of ${slug}`,
              requiredPermission:
                'admin on the repository (fine-grained: Administration write; classic: repo)',
              notFound: `branch ${input.branch} does not exist in ${slug}; push it before protecting it`,
            },
            () =>
              client.rest.repos.updateBranchProtection({
                owner,
                repo,
                branch: input.branch,
                required_status_checks:
                  input.requiredStatusChecks.length > 0
                    ? { strict: true, contexts: input.requiredStatusChecks }
                    : null,
                enforce_admins: true,
                required_pull_request_reviews: {
                  dismiss_stale_reviews: true,
                  require_code_owner_reviews: true,
                  required_approving_review_count: input.requiredApprovals,
                },
                restrictions: null,
                required_linear_history: true,
                allow_force_pushes: false,
                allow_deletions: false,
              }),
          );
          ctx.logger.info(
            `Branch ${input.branch} of ${slug} is protected: ${
              input.requiredApprovals
            } approval(s), checks [${input.requiredStatusChecks.join(', ')}]`,
          );
        },
      });

      const topics = [...new Set(input.topics)];
      if (topics.length > 0) {
        await ctx.checkpoint({
          key: `topics.${slug}`,
          fn: async () => {
            await callGithub(
              {
                action: `set the topics of ${slug}`,
                requiredPermission:
                  'admin on the repository (fine-grained: Administration write; classic: repo)',
                notFound: `repository ${slug} does not exist`,
              },
              () =>
                client.rest.repos.replaceAllTopics({
                  owner,
                  repo,
                  names: topics,
                }),
            );
            ctx.logger.info(`Topics of ${slug}: ${topics.join(', ')}`);
          },
        });
      }

      ctx.output('repositoryUrl', repositoryUrl);
    },
  });
}
