import { Config } from '@backstage/config';

/**
 * Whether the backend starts as production: `auth.environment: production`
 * or `NODE_ENV=production`. The startup guards apply only then.
 */
export function isProductionStart(
  config: Config,
  env: Record<string, string | undefined>,
): boolean {
  return (
    config.getOptionalString('auth.environment') === 'production' ||
    env.NODE_ENV === 'production'
  );
}
