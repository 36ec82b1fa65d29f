import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { examples } from './createDecisionRecord.examples';
import { decisionPageUrl } from './decisionPageUrl';
import {
  decisionRecordInput,
  readDecisionRecordInput,
} from './decisionRecordInput';
import { postDecisionRecord } from './postDecisionRecord';

export const CREATE_DECISION_RECORD_ACTION_ID = 'localplus:adr:create-record';

/**
 * Writes the next numbered MADR 4 record into an entity's decision folder
 * through the ADR backend, as the person who started the task: a pull
 * request in production, the local repository in development. The write is
 * a checkpoint, so a retried task reuses its record instead of opening a
 * second pull request.
 */
export function createCreateDecisionRecordAction(options: {
  discovery: DiscoveryService;
  auth: AuthService;
}) {
  const { discovery, auth } = options;

  return createTemplateAction({
    id: CREATE_DECISION_RECORD_ACTION_ID,
    description:
      "Writes the next numbered MADR 4 decision record into an entity's decision folder (backstage.io/adr-location): a pull request in production, the local repository in development",
    examples,
    // It writes a record or opens a pull request: nothing to simulate.
    supportsDryRun: false,
    schema: {
      input: decisionRecordInput,
      output: {
        decisionId: zImpl =>
          zImpl
            .string()
            .describe('The decision id, e.g. component:default/docs/0021-x'),
        number: zImpl => zImpl.number().describe('The record number'),
        fileName: zImpl => zImpl.string().describe('The new file name'),
        target: zImpl =>
          zImpl
            .enum(['github', 'local'])
            .describe(
              'github: a pull request was opened; local: written to the development repository',
            ),
        location: zImpl =>
          zImpl
            .string()
            .describe("The file's URL on its branch, or its local path"),
        pullRequestUrl: zImpl =>
          zImpl
            .string()
            .optional()
            .describe('The pull request, when one was opened'),
        decisionUrl: zImpl =>
          zImpl
            .string()
            .describe("The decision's page in the portal (/adr/decisions/...)"),
      },
    },
    async handler(ctx) {
      const input = readDecisionRecordInput(
        CREATE_DECISION_RECORD_ACTION_ID,
        ctx.input,
      );
      const credentials = await ctx.getInitiatorCredentials();

      const result = await ctx.checkpoint({
        key: `adr.create-record.${input.entityRef.toLocaleLowerCase('en-US')}.${
          input.title
        }`,
        fn: async () => {
          const created = await postDecisionRecord({
            discovery,
            auth,
            credentials,
            signal: ctx.signal,
            request: {
              entityRef: input.entityRef,
              title: input.title,
              context: input.context,
              options: input.options,
              decision: input.decision,
              ...(input.consequences && { consequences: input.consequences }),
              status: input.status,
              decisionMakers: input.decisionMakers,
              consulted: input.consulted,
              informed: input.informed,
              tags: input.tags,
              supersedes: input.supersedes,
            },
          });
          // Only JSON survives a checkpoint: drop an absent pull request URL.
          return {
            decisionId: created.decisionId,
            number: created.number,
            fileName: created.fileName,
            target: created.target,
            location: created.location,
            ...(created.pullRequestUrl && {
              pullRequestUrl: created.pullRequestUrl,
            }),
          };
        },
      });

      const decisionUrl = decisionPageUrl(result.decisionId);
      ctx.logger.info(
        result.target === 'github'
          ? `Opened ${result.pullRequestUrl ?? 'a pull request'} adding ${
              result.fileName
            }`
          : `Wrote ${result.fileName} to the local repository at ${result.location}`,
      );
      ctx.output('decisionId', result.decisionId);
      ctx.output('number', result.number);
      ctx.output('fileName', result.fileName);
      ctx.output('target', result.target);
      ctx.output('location', result.location);
      if (result.pullRequestUrl) {
        ctx.output('pullRequestUrl', result.pullRequestUrl);
      }
      ctx.output('decisionUrl', decisionUrl);
    },
  });
}
