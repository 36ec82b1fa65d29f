import type { Config } from '@backstage/config';
import { CONFIG_PREFIX, MkdocsPolicy } from './mkdocsPolicy';
import { unsafeAllowedNames } from './refusalReasons';

const GENERATOR_MKDOCS = 'techdocs.generator.mkdocs';

/**
 * Plugins Backstage's generator writes into every site's mkdocs.yml after
 * this module's check: `defaultPlugins`, and `techdocs-core` unless
 * `omitTechdocsCorePlugin` is true.
 */
function pluginsAddedAfterTheCheck(config: Config): string[] {
  const added =
    config.getOptionalStringArray(`${GENERATOR_MKDOCS}.defaultPlugins`) ?? [];
  const omitCore = config.getOptionalBoolean(
    `${GENERATOR_MKDOCS}.omitTechdocsCorePlugin`,
  );
  return omitCore || added.includes('techdocs-core')
    ? added
    : [...added, 'techdocs-core'];
}

/**
 * Configuration that weakens the check without breaking it, one sentence
 * each for the backend's log: allowlisted names known to read files or run
 * programs, and plugins the generator adds that the policy would refuse.
 */
export function startupWarnings(
  config: Config,
  policy: MkdocsPolicy,
): string[] {
  const added = pluginsAddedAfterTheCheck(config)
    .filter(plugin => !policy.allowedPlugins.has(plugin))
    .map(
      plugin =>
        `Backstage's generator adds the plugin "${plugin}" to every site after the mkdocs.yml check (${GENERATOR_MKDOCS}), and ${CONFIG_PREFIX}.allowedPlugins does not allow it${
          plugin === 'techdocs-core'
            ? `; set ${GENERATOR_MKDOCS}.omitTechdocsCorePlugin: true`
            : ''
        }`,
    );
  const unsafe = unsafeAllowedNames(policy).map(
    ({ name, reason }) => `${CONFIG_PREFIX} allows "${name}", which ${reason}`,
  );
  return [...added, ...unsafe];
}
