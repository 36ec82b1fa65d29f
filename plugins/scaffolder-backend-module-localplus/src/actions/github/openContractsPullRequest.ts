import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import {
  DefaultGithubCredentialsProvider,
  ScmIntegrationRegistry,
} from '@backstage/integration';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  SERVICE_NAME_FORMAT_MESSAGE,
  SERVICE_NAME_LENGTH_MESSAGE,
  SERVICE_NAME_MAX_LENGTH,
  SERVICE_NAME_PATTERN,
} from '@localplus/plugin-golden-path-common';
import { createGithubClient } from '@localplus/portal-node';
import { z } from 'zod/v3';
import { callGithub } from './githubErrors';
import {
  createBlobs,
  createBranch,
  createCommit,
  createTree,
  readBaseCommit,
  readDefaultBranch,
} from './githubGitData';
import {
  branchField,
  parseGithubRepoUrl,
  repoUrlField,
  TOKEN_INPUT_HINT,
  tokenField,
} from './githubInputRules';
import { SCAFFOLDER_GITHUB_USER_AGENT } from './githubUserAgent';
import { examples } from './openContractsPullRequest.examples';
import { DEFAULT_PROTO_FILE_LIMITS, readProtoFiles } from './readProtoFiles';
import { validateActionInput } from './validateActionInput';

const ACTION_ID = 'localplus:contracts:open-pull-request';
export const CONTRACTS_REPOSITORY_CONFIG_KEY =
  'localplus.scaffolder.contractsRepository';

/** A relative path of plain segments; `..` is refused by resolveSafeChildPath. */
const RELATIVE_PATH_PATTERN = /^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)*\/?$/;
/**
 * A folder inside the contracts repository, or '' for its root: no `.` or
 * `..` segments at all.
 */
const REPO_PATH_PATTERN =
  /^([A-Za-z0-9_][A-Za-z0-9_.-]*(\/[A-Za-z0-9_][A-Za-z0-9_.-]*)*\/?)?$/;
/** A template expression left unrendered means the template is broken. */
const noTemplateExpression = (text: string) =>
  !text.includes('${{') && !text.includes('{{');

export const openContractsPullRequestInput = {
  repoUrl: (zImpl: typeof z) =>
    repoUrlField(zImpl)
      .optional()
      .describe(
        `The contracts repository; defaults to the ${CONTRACTS_REPOSITORY_CONFIG_KEY} config value`,
      ),
  serviceName: (zImpl: typeof z) =>
    zImpl
      .string({ required_error: 'is required' })
      .max(SERVICE_NAME_MAX_LENGTH, SERVICE_NAME_LENGTH_MESSAGE)
      .regex(SERVICE_NAME_PATTERN, SERVICE_NAME_FORMAT_MESSAGE)
      .describe('Name of the new service, e.g. svc-ledger'),
  sourcePath: (zImpl: typeof z) =>
    zImpl
      .string()
      .max(200, 'must be at most 200 characters')
      .regex(
        RELATIVE_PATH_PATTERN,
        'must be a relative path of letters, digits, ".", "_" and "-"',
      )
      .default('proto')
      .describe('Directory in the task workspace that holds the .proto files'),
  targetPath: (zImpl: typeof z) =>
    zImpl
      .string()
      .max(200, 'must be at most 200 characters')
      .regex(
        REPO_PATH_PATTERN,
        'must be a relative path of letters, digits, ".", "_" and "-" without "." or ".." segments',
      )
      .default('')
      .describe(
        "Directory of the contracts repository the files go to, keeping their paths below sourcePath; the repository's root by default, where contracts-proto keeps its localplus/ package tree beside buf.yaml",
      ),
  baseBranch: (zImpl: typeof z) =>
    branchField(zImpl)
      .optional()
      .describe(
        "Branch the pull request targets; defaults to the repository's default branch",
      ),
  title: (zImpl: typeof z) =>
    zImpl
      .string()
      .min(1, 'must not be empty')
      .max(200, 'must be at most 200 characters')
      .regex(/^\P{Cc}+$/u, 'must be a single line of text')
      .refine(noTemplateExpression, 'must not contain a template expression')
      .optional()
      .describe('Pull request title'),
  description: (zImpl: typeof z) =>
    zImpl
      .string()
      .max(10000, 'must be at most 10000 characters')
      .refine(noTemplateExpression, 'must not contain a template expression')
      .optional()
      .describe('Pull request description (Markdown)'),
  token: tokenField,
};

function resolveSourceDirectory(workspacePath: string, sourcePath: string) {
  try {
    return resolveSafeChildPath(workspacePath, sourcePath);
  } catch {
    throw new InputError('sourcePath: must stay inside the task workspace');
  }
}

function defaultDescription(serviceName: string, paths: string[]) {
  return [
    `Adds the protobuf contracts of \`${serviceName}\`, proposed by the LOCAL-PLUS golden-path template.`,
    '',
    ...paths.map(p => `- \`${p}\``),
    '',
    'buf lint and buf breaking run on this pull request; a tech lead approves it (tier T2).',
  ].join('\n');
}

/**
 * Golden path, step 2: proposes the new service's protos to the platform's
 * contracts repository as a pull request, built with the git data API so no
 * clone is needed. Every write is a checkpoint, so a retried task picks up
 * after the last call that succeeded instead of failing on its own branch.
 */
export function createOpenContractsPullRequestAction(options: {
  integrations: ScmIntegrationRegistry;
  config: Config;
  /** Per-request deadline; the default suits GitHub, tests shorten it. */
  requestTimeoutMs?: number;
}) {
  const { integrations, config, requestTimeoutMs } = options;
  const credentialsProvider =
    DefaultGithubCredentialsProvider.fromIntegrations(integrations);
  const configuredRepoUrl = config.getOptionalString(
    CONTRACTS_REPOSITORY_CONFIG_KEY,
  );

  return createTemplateAction({
    id: ACTION_ID,
    description:
      "Opens a pull request on the platform's contracts repository that adds the .proto files of a new service",
    examples,
    schema: {
      input: openContractsPullRequestInput,
      output: {
        pullRequestUrl: zImpl =>
          zImpl.string().describe('HTML URL of the pull request'),
        pullRequestNumber: zImpl =>
          zImpl.number().describe('Number of the pull request'),
        branch: zImpl =>
          zImpl.string().describe('Branch that carries the new files'),
      },
    },
    async handler(ctx) {
      const input = validateActionInput(
        ACTION_ID,
        openContractsPullRequestInput,
        ctx.input,
      );
      const repoUrl = input.repoUrl ?? configuredRepoUrl;
      if (!repoUrl) {
        throw new InputError(
          `repoUrl: not given, and ${CONTRACTS_REPOSITORY_CONFIG_KEY} is not configured`,
        );
      }
      const repository = parseGithubRepoUrl(
        repoUrl,
        integrations,
        input.repoUrl ? 'repoUrl' : CONTRACTS_REPOSITORY_CONFIG_KEY,
      );
      const { owner, repo } = repository;
      const slug = `${owner}/${repo}`;
      const sourceDirectory = resolveSourceDirectory(
        ctx.workspacePath,
        input.sourcePath,
      );
      const protos = await readProtoFiles(
        sourceDirectory,
        'sourcePath',
        DEFAULT_PROTO_FILE_LIMITS,
      );
      const targetPath = input.targetPath.replace(/\/+$/, '');
      const files = protos.map(proto => ({
        path: targetPath
          ? `${targetPath}/${proto.relativePath}`
          : proto.relativePath,
        content: proto.content,
      }));
      const branch = `add-${input.serviceName}-contracts`;
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
      const key = (step: string) => `contracts.${slug}.${branch}.${step}`;

      const base = await ctx.checkpoint({
        key: key('base'),
        fn: async () => {
          const baseBranch =
            input.baseBranch ?? (await readDefaultBranch(client, repository));
          return readBaseCommit(client, repository, baseBranch);
        },
      });
      const blobs = await ctx.checkpoint({
        key: key('blobs'),
        fn: () => createBlobs(client, repository, files),
      });
      const treeSha = await ctx.checkpoint({
        key: key('tree'),
        fn: () => createTree(client, repository, base.treeSha, blobs),
      });
      const commitSha = await ctx.checkpoint({
        key: key('commit'),
        fn: () =>
          createCommit(client, repository, {
            message: `Add the protobuf contracts of ${input.serviceName}`,
            treeSha,
            parentSha: base.commitSha,
          }),
      });
      await ctx.checkpoint({
        key: key('branch'),
        fn: () => createBranch(client, repository, branch, commitSha),
      });
      ctx.logger.info(
        `Pushed ${files.length} .proto file(s) to branch ${branch} of ${slug}`,
      );

      const pullRequest = await ctx.checkpoint({
        key: key('pull-request'),
        fn: () =>
          callGithub(
            {
              action: `open a pull request from ${branch} into ${base.branch} of ${slug}`,
              requiredPermission:
                'write access to pull requests (fine-grained: Pull requests write; classic: repo)',
              notFound: `repository ${slug} or branch ${base.branch} does not exist`,
            },
            async () => {
              const { data } = await client.rest.pulls.create({
                owner,
                repo,
                head: branch,
                base: base.branch,
                title:
                  input.title ?? `Add the contracts of ${input.serviceName}`,
                body:
                  input.description ??
                  defaultDescription(
                    input.serviceName,
                    files.map(file => file.path),
                  ),
              });
              return { url: data.html_url, number: data.number };
            },
          ),
      });
      ctx.logger.info(`Opened pull request ${pullRequest.url}`);

      ctx.output('pullRequestUrl', pullRequest.url);
      ctx.output('pullRequestNumber', pullRequest.number);
      ctx.output('branch', branch);
    },
  });
}
