import fs from 'node:fs/promises';
import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { checkPlatformPolicies } from '@localplus/plugin-golden-path-common';
import { renderKustomization } from '../manifests/renderKustomization';

const OVERLAY_NAME = /^[a-z0-9][a-z0-9-]{0,30}$/;

/**
 * `localplus:manifests:validate`: renders each kustomize overlay of the new
 * repository and checks it against the platform's admission policies. The
 * task fails with every violation listed, grouped by overlay.
 */
export function createValidateManifestsAction(options: { kubectl: string }) {
  return createTemplateAction({
    id: 'localplus:manifests:validate',
    description:
      'Renders k8s/overlays/<env> with kubectl kustomize and checks the platform policies (required labels, probes, resource limits, no privilege, non-root, read-only root filesystem, two replicas, metrics scraped).',
    examples: [
      {
        description: 'Check the dev, staging and prod overlays',
        example: [
          'steps:',
          '  - id: manifests',
          '    action: localplus:manifests:validate',
          '    input:',
          '      directory: k8s',
          '      overlays: [dev, staging, prod]',
        ].join('\n'),
      },
    ],
    supportsDryRun: true,
    schema: {
      input: {
        directory: z =>
          z
            .string()
            .max(200)
            .default('k8s')
            .describe('Folder holding base/ and overlays/'),
        overlays: z =>
          z
            .array(
              z
                .string()
                .regex(OVERLAY_NAME, 'overlay names are lower-case words'),
            )
            .min(1)
            .max(10)
            .default(['dev', 'staging', 'prod']),
      },
      output: {
        objectCounts: z =>
          z
            .record(z.string(), z.number())
            .describe('Rendered objects per overlay'),
      },
    },
    async handler(ctx) {
      const directory = ctx.input.directory ?? 'k8s';
      const root = resolveSafeChildPath(ctx.workspacePath, directory);
      const objectCounts: Record<string, number> = {};
      const report: string[] = [];
      for (const overlay of ctx.input.overlays ?? ['dev', 'staging', 'prod']) {
        const overlayDir = resolveSafeChildPath(root, `overlays/${overlay}`);
        const exists = await fs.stat(overlayDir).then(
          s => s.isDirectory(),
          () => false,
        );
        if (!exists) {
          report.push(
            `${overlay}: overlay folder ${directory}/overlays/${overlay} is missing`,
          );
          continue;
        }
        let objects;
        try {
          objects = await renderKustomization(options.kubectl, overlayDir);
        } catch (error) {
          report.push(`${overlay}: ${(error as Error).message}`);
          continue;
        }
        objectCounts[overlay] = objects.length;
        for (const violation of checkPlatformPolicies(objects)) {
          report.push(
            `${overlay}: ${violation.resource}: [${violation.policy}] ${violation.message}`,
          );
        }
        ctx.logger.info(
          `Overlay ${overlay}: ${objects.length} objects rendered and checked`,
        );
      }
      if (report.length > 0) {
        throw new Error(
          `The Kubernetes manifests break ${report.length} platform polic${
            report.length === 1 ? 'y' : 'ies'
          }:\n- ${report.join('\n- ')}`,
        );
      }
      ctx.output('objectCounts', objectCounts);
    },
  });
}
