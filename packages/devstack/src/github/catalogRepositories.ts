import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { readCatalogEntities } from '../catalog/deployableComponents';

export const PROJECT_SLUG_ANNOTATION = 'github.com/project-slug';
const TIER_ANNOTATION = 'localplus.io/tier';

/** A repository a catalog component names, with the tier of that component. */
export interface CatalogRepository {
  owner: string;
  name: string;
  /** The component whose annotation names it (the first, when several do). */
  component: string;
  /** `T0`..`T5`, when a component declares one (the strictest of several). */
  tier?: string;
}

// GitHub's own limits: logins of 39 characters, repository names of 100.
const SLUG = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/;

const componentSchema = z.object({
  apiVersion: z.string().startsWith('backstage.io/'),
  kind: z.literal('Component'),
  metadata: z.object({
    name: z.string(),
    annotations: z.record(z.string(), z.string()).default({}),
  }),
});

type Component = z.infer<typeof componentSchema>;

/** The components of one catalog file (other documents are skipped). */
function readCatalogFile(file: string): Component[] {
  return YAML.parseAllDocuments(fs.readFileSync(file, 'utf8')).flatMap(doc => {
    if (doc.errors.length > 0) {
      throw new Error(`Invalid YAML in ${file}: ${doc.errors[0].message}`);
    }
    const parsed = componentSchema.safeParse(doc.toJS());
    return parsed.success ? [parsed.data] : [];
  });
}

function readSource(source: string): Component[] {
  if (fs.statSync(source).isDirectory()) {
    return readCatalogEntities(source).flatMap(entity => {
      const parsed = componentSchema.safeParse(entity);
      return parsed.success ? [parsed.data] : [];
    });
  }
  return readCatalogFile(source);
}

/**
 * The catalog folder and, beside it, what the development catalog loads
 * besides (the portal's own `catalog-info.yaml` and the `demo/` entities),
 * where they exist: the repositories the portal's collectors will ask for.
 */
export function portalCatalogSources(catalogDir: string): string[] {
  const extras = [
    path.resolve(catalogDir, '../catalog-info.yaml'),
    path.resolve(catalogDir, '../demo'),
  ];
  return [catalogDir, ...extras.filter(extra => fs.existsSync(extra))];
}

/**
 * Every repository named by a component's `github.com/project-slug` in the
 * sources (folders are read recursively), sorted by slug. A slug that is not
 * `owner/name` is left out: GitHub has no such repository either. GitHub
 * names are case-insensitive, so two spellings are one repository.
 */
export function loadCatalogRepositories(
  sources: readonly string[],
): CatalogRepository[] {
  const bySlug = new Map<string, CatalogRepository>();
  for (const component of sources.flatMap(readSource)) {
    const { name, annotations } = component.metadata;
    const match = SLUG.exec(annotations[PROJECT_SLUG_ANNOTATION] ?? '');
    if (!match || match[2] === '.' || match[2] === '..') {
      continue;
    }
    const key = `${match[1]}/${match[2]}`.toLowerCase();
    const tier = annotations[TIER_ANNOTATION]?.toUpperCase();
    const known = bySlug.get(key);
    if (!known) {
      bySlug.set(key, {
        owner: match[1],
        name: match[2],
        component: name,
        ...(tier && { tier }),
      });
    } else if (tier && (!known.tier || tier < known.tier)) {
      // A repository shared by components is held to the strictest tier.
      known.tier = tier;
    }
  }
  return [...bySlug.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, repository]) => repository);
}
