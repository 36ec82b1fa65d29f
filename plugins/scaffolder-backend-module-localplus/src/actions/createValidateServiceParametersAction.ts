import type { CatalogService } from '@backstage/plugin-catalog-node';
import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  describeIssues,
  serviceParametersSchema,
  withRequiredSecrets,
} from '../service/serviceParameters';
import {
  checkAgainstCatalog,
  PlacementRules,
} from '../service/checkAgainstCatalog';

/**
 * `localplus:service:validate-parameters`: the first step of the golden path.
 * It re-checks every form value on the server and hands the normalised values
 * to the later steps, so the skeleton only ever renders checked input.
 */
export function createValidateServiceParametersAction(options: {
  catalog: CatalogService;
  rules: PlacementRules;
}) {
  const { catalog, rules } = options;
  return createTemplateAction({
    id: 'localplus:service:validate-parameters',
    description:
      'Checks the golden-path parameters again on the server (format, size, allowed values, name not in the catalog, owner is a product team, system exists) and outputs the normalised values.',
    examples: [
      {
        description: 'Validate the form and pass the result to fetch:template',
        example: [
          'steps:',
          '  - id: validate',
          '    action: localplus:service:validate-parameters',
          '    input:',
          '      parameters: ${{ parameters }}',
          '  - id: fetch',
          '    action: fetch:template',
          '    input:',
          '      url: ./skeleton',
          '      values: ${{ steps.validate.output.values }}',
        ].join('\n'),
      },
    ],
    supportsDryRun: true,
    schema: {
      input: {
        parameters: z =>
          z
            .record(z.string(), z.unknown())
            .describe('The template parameters, usually ${{ parameters }}'),
      },
      output: {
        values: z =>
          z
            .record(z.string(), z.unknown())
            .describe(
              'The checked values, with owner and system as bare names',
            ),
      },
    },
    async handler(ctx) {
      const parsed = serviceParametersSchema.safeParse(ctx.input.parameters);
      if (!parsed.success) {
        throw new InputError(
          `The service parameters are invalid:\n- ${describeIssues(
            parsed.error,
          ).join('\n- ')}`,
        );
      }
      const values = withRequiredSecrets(parsed.data);
      const problems = await checkAgainstCatalog(
        values,
        catalog,
        await ctx.getInitiatorCredentials(),
        rules,
      );
      if (problems.length > 0) {
        throw new InputError(
          `The service cannot be created:\n- ${problems.join('\n- ')}`,
        );
      }
      ctx.logger.info(
        `Parameters checked for ${values.name} (owner ${values.owner}, system ${values.system})`,
      );
      ctx.output('values', values);
    },
  });
}
