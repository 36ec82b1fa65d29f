import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

/** The part of a Backstage catalog entity the dev stack reads. */
export interface CatalogEntity {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    title?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
  spec?: Record<string, unknown>;
  /** Absolute path of the YAML file the entity came from. */
  sourceFile: string;
}

/**
 * The catalog folder of the repository, found from this package's location
 * so that the dev stack works from any current directory. The package is
 * never built or installed elsewhere, so the repository is always around it.
 */
export function defaultCatalogDir(): string {
  const packageDir = path.dirname(
    require.resolve('@localplus/devstack/package.json'),
  );
  return path.resolve(packageDir, '../../catalog');
}

function listYamlFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      found.push(...listYamlFiles(full));
    } else if (/\.ya?ml$/.test(entry.name)) {
      found.push(full);
    }
  }
  return found.sort();
}

function isEntity(value: unknown): value is Omit<CatalogEntity, 'sourceFile'> {
  if (!value || typeof value !== 'object') {
    return false;
  }
  const candidate = value as Partial<CatalogEntity>;
  return (
    typeof candidate.apiVersion === 'string' &&
    candidate.apiVersion.startsWith('backstage.io/') &&
    typeof candidate.kind === 'string' &&
    typeof candidate.metadata?.name === 'string'
  );
}

/**
 * Every Backstage entity in the YAML files under `catalogDir`. Files that are
 * not entities (OpenAPI documents, buf configuration) are skipped rather than
 * rejected, because the catalog folder holds API definitions too.
 */
export function readCatalogEntities(catalogDir: string): CatalogEntity[] {
  if (!fs.existsSync(catalogDir) || !fs.statSync(catalogDir).isDirectory()) {
    throw new Error(`Catalog directory not found: ${catalogDir}`);
  }
  const entities: CatalogEntity[] = [];
  for (const file of listYamlFiles(catalogDir)) {
    const documents = YAML.parseAllDocuments(fs.readFileSync(file, 'utf8'));
    for (const document of documents) {
      if (document.errors.length > 0) {
        throw new Error(
          `Invalid YAML in ${file}: ${document.errors[0].message}`,
        );
      }
      const value = document.toJS();
      if (isEntity(value)) {
        entities.push({ ...value, sourceFile: file });
      }
    }
  }
  return entities;
}
