import { Config } from '@backstage/config';
import { isProductionStart } from './productionMode';

/**
 * The secrets the development configuration and the dev stack publish (in
 * `app-config.yaml` and the repository). In production a `${VAR}` whose
 * variable is missing leaves the development value in place.
 */
const PUBLISHED_SECRET = /not-for-production|^localplus-devstack-/i;

function stringValues(value: unknown, at: string): Array<[string, string]> {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) {
    return value.flatMap((item, index) =>
      stringValues(item, `${at}[${index}]`),
    );
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      stringValues(item, at ? `${at}.${key}` : key),
    );
  }
  return [];
}

/**
 * In production, each configuration key still holding a published
 * development secret, as a sentence naming the key (never the value).
 * Empty when safe, and always empty in development.
 */
export function findDevelopmentValueViolations(
  config: Config,
  env: Record<string, string | undefined> = process.env,
): string[] {
  if (!isProductionStart(config, env)) return [];
  return stringValues(config.get(), '')
    .filter(([, value]) => PUBLISHED_SECRET.test(value))
    .map(([key]) => `${key} holds a development-only secret`);
}
