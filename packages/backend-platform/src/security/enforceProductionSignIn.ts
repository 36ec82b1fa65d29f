import { ConfigSources } from '@backstage/config-loader';
import {
  findSignInPolicyViolations,
  formatSignInPolicyRefusal,
} from './signInPolicy';

/**
 * Reads the same config the backend will read and exits with one line on
 * stderr when production sign-in is unsafe, before any plugin starts.
 */
export async function enforceProductionSignIn(
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
  const violations = findSignInPolicyViolations(config, env);
  config.close?.();
  if (violations.length === 0) {
    return;
  }
  const writeError =
    options.writeError ?? ((line: string) => process.stderr.write(`${line}\n`));
  writeError(formatSignInPolicyRefusal(violations));
  (options.exit ?? process.exit)(1);
}
