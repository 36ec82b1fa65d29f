import { Config } from '@backstage/config';
import { isProductionStart } from './productionMode';

/** Providers that sign anyone in without a credential. */
const DEVELOPMENT_ONLY_PROVIDERS = ['guest', 'demoUsers'];

/**
 * Production must never be reachable without a real identity: no guest
 * provider, no demo users provider (anyone could pick a persona), and at least one provider configured for the auth environment.
 * Returns the violations as sentences an operator can act on; empty when safe.
 */
export function findSignInPolicyViolations(
  config: Config,
  env: Record<string, string | undefined> = process.env,
): string[] {
  if (!isProductionStart(config, env)) {
    return [];
  }
  const authEnvironment =
    config.getOptionalString('auth.environment') ?? 'development';

  const providers = config.getOptionalConfig('auth.providers');
  const providerIds = providers?.keys() ?? [];
  const violations: string[] = [];

  if (providerIds.includes('guest')) {
    violations.push('guest sign-in is enabled (remove auth.providers.guest)');
  }
  if (providerIds.includes('demoUsers')) {
    violations.push(
      'demo users sign-in is enabled (remove auth.providers.demoUsers)',
    );
  }
  const configured = providerIds.filter(
    id =>
      !DEVELOPMENT_ONLY_PROVIDERS.includes(id) &&
      providers?.has(`${id}.${authEnvironment}`),
  );
  if (configured.length === 0) {
    violations.push(
      `no sign-in provider is configured for auth environment '${authEnvironment}' (set auth.providers.<provider>.${authEnvironment}, e.g. github)`,
    );
  }
  return violations;
}

/** The one line printed when the backend refuses to start. */
export function formatSignInPolicyRefusal(violations: string[]): string {
  return `LOCAL-PLUS portal refused to start: ${violations.join('; ')}.`;
}
