import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  LocalGitPublisher,
  requireLocalPublisher,
} from '../localPublisher/LocalGitPublisher';

/**
 * `localplus:publish:local` (dev config only): publishes the workspace to a
 * local bare git repository instead of GitHub.
 */
export function createPublishLocalAction(options: {
  publisher?: LocalGitPublisher;
}) {
  return createTemplateAction({
    id: 'localplus:publish:local',
    description:
      'Development only: commits the workspace to a local bare repository under the dev data folder and keeps a working copy for the catalog.',
    examples: [
      {
        description: 'Publish the new service locally',
        example: [
          'steps:',
          '  - id: publish-local',
          '    action: localplus:publish:local',
          '    input:',
          '      name: svc-loyalty-tiers',
        ].join('\n'),
      },
    ],
    schema: {
      input: {
        name: z => z.string().max(100).describe('Repository name'),
        sourcePath: z => z.string().max(200).default('.'),
        defaultBranch: z =>
          z
            .string()
            .regex(/^[a-z][a-z0-9-]{0,30}$/)
            .default('main'),
      },
      output: {
        remoteUrl: z => z.string(),
        checkoutPath: z => z.string(),
        catalogInfoPath: z => z.string(),
        commit: z => z.string(),
      },
    },
    async handler(ctx) {
      const publisher = requireLocalPublisher(options.publisher);
      const sourceDir = resolveSafeChildPath(
        ctx.workspacePath,
        ctx.input.sourcePath ?? '.',
      );
      const published = await ctx.checkpoint({
        key: `publish-local-${ctx.input.name}`,
        fn: async () => {
          const result = await publisher.publish({
            name: ctx.input.name,
            sourceDir,
            defaultBranch: ctx.input.defaultBranch ?? 'main',
            commitMessage: `Create ${ctx.input.name} from the LOCAL-PLUS golden path`,
          });
          return { ...result };
        },
      });
      ctx.logger.info(
        `Published ${ctx.input.name} to ${published.remoteUrl} (${published.commit})`,
      );
      ctx.output('remoteUrl', published.remoteUrl);
      ctx.output('checkoutPath', published.checkoutPath);
      ctx.output(
        'catalogInfoPath',
        `${published.checkoutPath}/catalog-info.yaml`,
      );
      ctx.output('commit', published.commit);
    },
  });
}
