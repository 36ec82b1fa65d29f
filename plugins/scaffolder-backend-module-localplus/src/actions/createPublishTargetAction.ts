import { createTemplateAction } from '@backstage/plugin-scaffolder-node';

export type PublishTarget = 'github' | 'local';

/**
 * `localplus:publish:target`: tells the template where this portal publishes
 * new repositories. Production publishes to GitHub; the dev config selects a
 * local bare repository so the whole flow works with no token.
 */
export function createPublishTargetAction(options: { target: PublishTarget }) {
  return createTemplateAction({
    id: 'localplus:publish:target',
    description:
      'Outputs where new repositories are published: "github", or "local" when the dev config enables the local publisher.',
    examples: [
      {
        description: 'Choose the publishing steps',
        example: [
          'steps:',
          '  - id: target',
          '    action: localplus:publish:target',
          '  - id: publish',
          "    if: ${{ steps.target.output.target == 'github' }}",
          '    action: publish:github',
        ].join('\n'),
      },
    ],
    supportsDryRun: true,
    schema: {
      output: {
        target: z => z.enum(['github', 'local']),
      },
    },
    async handler(ctx) {
      ctx.output('target', options.target);
    },
  });
}
