/*
 * The catalog tuning of our production configuration, for the ingest
 * benchmark: the `catalog` section (without its locations) and the catalog
 * plugin's database settings of app-config.production.yaml, so the bench
 * measures what production runs rather than a copy of it.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { repoRoot } from './backendProcess';

export interface CatalogTuning {
  catalog: Record<string, unknown>;
  catalogDatabase: Record<string, unknown>;
}

export function productionCatalogTuning(): CatalogTuning {
  const production = YAML.parse(
    fs.readFileSync(path.join(repoRoot, 'app-config.production.yaml'), 'utf8'),
  );
  const { locations: _locations, ...catalog } = production.catalog ?? {};
  return {
    catalog,
    catalogDatabase: production.backend?.database?.plugin?.catalog ?? {},
  };
}
