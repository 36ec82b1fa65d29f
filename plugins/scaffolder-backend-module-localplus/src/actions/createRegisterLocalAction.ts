import fs from 'node:fs/promises';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { parseDocument } from 'yaml';
import {
  LocalGitPublisher,
  requireLocalPublisher,
} from '../localPublisher/LocalGitPublisher';

const PROCESSING_WAIT_ATTEMPTS = 30;
const PROCESSING_WAIT_INTERVAL_MS = 1000;

/**
 * `localplus:catalog:register-local` (dev config only): registers the
 * catalog-info.yaml of a locally published repository as a file location.
 * Only files inside the local publisher's working copies are accepted.
 */
export function createRegisterLocalAction(options: {
  catalog: CatalogService;
  publisher?: LocalGitPublisher;
}) {
  return createTemplateAction({
    id: 'localplus:catalog:register-local',
    description:
      'Development only: registers a catalog-info.yaml from the local publisher\u2019s working copies as a file location.',
    examples: [
      {
        description: 'Register what localplus:publish:local wrote',
        example: [
          'steps:',
          '  - id: register-local',
          '    action: localplus:catalog:register-local',
          '    input:',
          '      catalogInfoPath: ${{ steps["publish-local"].output.catalogInfoPath }}',
        ].join('\n'),
      },
    ],
    schema: {
      input: {
        catalogInfoPath: z => z.string().max(1000),
      },
      output: {
        entityRef: z => z.string(),
      },
    },
    async handler(ctx) {
      const publisher = requireLocalPublisher(options.publisher);
      const file = ctx.input.catalogInfoPath;
      if (!publisher.ownsCheckoutFile(file)) {
        throw new InputError(
          `catalogInfoPath must be a file in a locally published repository, not ${file}`,
        );
      }
      const document = parseDocument(await fs.readFile(file, 'utf8'));
      const entity = document.toJS() as {
        kind?: string;
        metadata?: { name?: string; namespace?: string };
      };
      if (!entity?.kind || !entity.metadata?.name) {
        throw new InputError(`${file} does not describe a catalog entity`);
      }
      const entityRef = stringifyEntityRef({
        kind: entity.kind,
        namespace: entity.metadata.namespace ?? 'default',
        name: entity.metadata.name,
      });
      await ctx.checkpoint({
        key: `register-local-${entityRef}`,
        fn: async () => {
          await options.catalog.addLocation(
            { type: 'file', target: file },
            { credentials: await ctx.getInitiatorCredentials() },
          );
        },
      });
      ctx.logger.info(`Registered ${entityRef} from ${file}`);
      // Wait for the first processing pass, so "Open in catalog" on the task
      // page lands on the entity rather than on a not-found page.
      const credentials = await ctx.getInitiatorCredentials();
      for (let attempt = 0; attempt < PROCESSING_WAIT_ATTEMPTS; attempt++) {
        if (await options.catalog.getEntityByRef(entityRef, { credentials })) {
          ctx.logger.info(`${entityRef} is in the catalog`);
          break;
        }
        await new Promise(resolve =>
          setTimeout(resolve, PROCESSING_WAIT_INTERVAL_MS),
        );
      }
      ctx.output('entityRef', entityRef);
    },
  });
}
