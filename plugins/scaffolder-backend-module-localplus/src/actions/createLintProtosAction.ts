import fs from 'node:fs/promises';
import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { bufLint } from '../buf/bufLint';

/**
 * `localplus:proto:lint`: runs the real `buf lint` on the new repository's
 * buf module (golden path step 2: protos must pass buf lint before they are
 * proposed to contracts-proto).
 */
export function createLintProtosAction() {
  return createTemplateAction({
    id: 'localplus:proto:lint',
    description:
      'Runs buf lint on the buf module (the folder holding buf.yaml) and fails with every violation.',
    examples: [
      {
        description: 'Lint the module at the repository root',
        example: [
          'steps:',
          '  - id: buf',
          '    action: localplus:proto:lint',
          '    input:',
          '      directory: .',
        ].join('\n'),
      },
    ],
    supportsDryRun: true,
    schema: {
      input: {
        directory: z =>
          z.string().max(200).default('.').describe('Folder holding buf.yaml'),
      },
    },
    async handler(ctx) {
      const moduleDir = resolveSafeChildPath(
        ctx.workspacePath,
        ctx.input.directory ?? '.',
      );
      const hasConfig = await fs.stat(`${moduleDir}/buf.yaml`).then(
        s => s.isFile(),
        () => false,
      );
      if (!hasConfig) {
        throw new Error(
          `No buf.yaml in ${ctx.input.directory}: nothing to lint`,
        );
      }
      const violations = await bufLint(moduleDir);
      if (violations.length > 0) {
        throw new Error(
          `buf lint found ${violations.length} problem${
            violations.length === 1 ? '' : 's'
          } in the protos:\n- ${violations.join('\n- ')}`,
        );
      }
      ctx.logger.info('buf lint passed');
    },
  });
}
