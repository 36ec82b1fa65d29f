import { resolvePackagePath } from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';

/** The package's `migrations/` folder (dated Knex migrations, plain JavaScript). */
export const COMPLIANCE_MIGRATIONS_DIRECTORY = resolvePackagePath(
  '@localplus/plugin-compliance-backend',
  'migrations',
);

/** Brings the compliance tables up to date. */
export async function migrateComplianceDatabase(knex: Knex): Promise<void> {
  await knex.migrate.latest({ directory: COMPLIANCE_MIGRATIONS_DIRECTORY });
}
