import { ConfigSources } from '@backstage/config-loader';
import { findDevelopmentValueViolations } from './developmentValues';
import { isProductionStart } from './productionMode';
import {
  findSignInPolicyViolations,
  formatSignInPolicyRefusal,
} from './signInPolicy';
import { configFilesOf, findUnsetVariables } from './unsetVariables';

/**
 * Reads the same config the backend will read and exits with one line on
 * stderr, before any plugin starts, when production is unsafe: sign-in
 * open to anyone, a variable a config file reads that is not set (the
 * development value would silently stay), or a published development
 * secret in use.
 */
export async function enforceProductionSafety(
  options: {
    argv?: string[];
    env?: Record<string, string | undefined>;
    exit?: (code: number) => never;
    writeError?: (line: string) => void;
  } = {},
): Promise<void> {
  const env = options.env ?? process.env;
  const source = ConfigSources.default({ argv: options.argv, env });
  const config = await ConfigSources.toConfig(source);
  const violations = [
    ...findSignInPolicyViolations(config, env),
    ...(isProductionStart(config, env)
      ? findUnsetVariables(
          configFilesOf(options.argv ?? process.argv),
          process.env,
        )
      : []),
    ...findDevelopmentValueViolations(config, env),
  ];
  config.close?.();
  if (violations.length === 0) {
    return;
  }
  const writeError =
    options.writeError ?? ((line: string) => process.stderr.write(`${line}\n`));
  writeError(formatSignInPolicyRefusal(violations));
  (options.exit ?? process.exit)(1);
}
