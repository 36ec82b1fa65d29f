import { TierModel } from '@localplus/plugin-tiers-common';
import { CatalogRecord, rowLabel } from './contentModel';
import { codeSpans, MarkdownTable, plainText } from './markdownTables';

/**
 * Components the tier model covers that are not among the seeds' 19
 * repositories: the portal itself (localplus/developer-portal) came after
 * the repository index.
 */
const OUTSIDE_REPOSITORY_INDEX = ['localplus-portal'];

/** The components of the repository index, with the tier each declares. */
export function indexedRepositories(
  catalog: CatalogRecord[],
  model: TierModel,
): Array<{ name: string; tier?: string; file: string }> {
  const systems = model.appliesTo.systemPattern
    ? new RegExp(model.appliesTo.systemPattern)
    : undefined;
  return catalog
    .filter(({ entity }) => model.appliesTo.kinds.includes(entity.kind))
    .filter(({ entity }) => !systems || systems.test(entity.spec?.system ?? ''))
    .filter(
      ({ entity }) => !OUTSIDE_REPOSITORY_INDEX.includes(entity.metadata.name),
    )
    .map(({ entity, file }) => ({
      name: entity.metadata.name,
      tier: entity.metadata.annotations?.[model.annotation],
      file,
    }));
}

const glob = (pattern: string) =>
  new RegExp(
    `^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`,
  );

/**
 * The overview table of the tiers (Tier | Repositories | …): each tier's
 * name is the one in localplus.tiers, and its repository patterns cover
 * exactly the components that declare the tier.
 */
export function checkTierOverview(
  table: MarkdownTable,
  catalog: CatalogRecord[],
  model: TierModel,
): string[] {
  const repositories = indexedRepositories(catalog, model);
  const problems: string[] = [];
  for (const row of table.rows) {
    const tierCell = plainText(row.cells.Tier);
    const [, id, name] = /^(T\d)\s*[—-]\s*(.+)$/.exec(tierCell) ?? [];
    const where = rowLabel(table, row, id ?? tierCell);
    const level = model.levels.find(l => l.id === id);
    if (!level) {
      problems.push(`${where}: no tier ${id} in localplus.tiers`);
      continue;
    }
    if (name !== level.name) {
      problems.push(
        `${where}: tier name "${name}" but localplus.tiers calls ${id} "${level.name}"`,
      );
    }
    if (!table.header.includes('Repositories')) continue;
    const patterns = codeSpans(row.cells.Repositories);
    const inTier = repositories.filter(r => r.tier === id);
    for (const repository of inTier) {
      if (!patterns.some(p => glob(p).test(repository.name))) {
        problems.push(
          `${where}: Repositories (${patterns.join(', ')}) do not cover ${
            repository.name
          }, which declares ${id} in ${repository.file}`,
        );
      }
    }
    for (const pattern of patterns) {
      const matching = repositories.filter(r => glob(pattern).test(r.name));
      if (!matching.some(r => r.tier === id)) {
        problems.push(
          `${where}: Repositories names ${pattern}, but no catalog component of ${id} matches it${
            matching.length
              ? ` (${matching.map(r => `${r.name} is ${r.tier}`).join(', ')})`
              : ''
          }`,
        );
      }
    }
  }
  return problems;
}

/**
 * The per-tier repository tables (under a heading "T1 — Platform (7)"):
 * each repository declares the heading's tier in the catalog, falls under
 * that tier's namePattern in localplus.tiers, the count is right, and no
 * component of the tier is left out.
 */
export function checkRepositoryTables(
  tables: MarkdownTable[],
  catalog: CatalogRecord[],
  model: TierModel,
): string[] {
  const repositories = indexedRepositories(catalog, model);
  const problems: string[] = [];
  const listed = new Set<string>();
  for (const table of tables) {
    const [, tier, count] = /^(T\d)\b.*\((\d+)\)/.exec(table.heading) ?? [];
    if (!tier) {
      problems.push(
        `${table.file}:${table.line}: heading "${table.heading}" names no tier and count like "T1 — Platform (7)"`,
      );
      continue;
    }
    if (Number(count) !== table.rows.length) {
      problems.push(
        `${table.file}:${table.line}: heading "${table.heading}" counts ${count} repositories, the table lists ${table.rows.length}`,
      );
    }
    for (const row of table.rows) {
      const [name] = codeSpans(row.cells.Repository);
      const where = rowLabel(table, row, name);
      listed.add(name);
      const repository = repositories.find(r => r.name === name);
      if (!repository) {
        problems.push(
          `${where}: ${name} is not a component of the catalog's tiered systems`,
        );
        continue;
      }
      if (repository.tier !== tier) {
        problems.push(
          `${where}: listed under ${tier} but ${name} declares ${model.annotation}: ${repository.tier} in ${repository.file}`,
        );
      }
      const byPattern = model.levels.find(l =>
        new RegExp(l.namePattern).test(name),
      );
      if (byPattern?.id !== tier) {
        problems.push(
          `${where}: listed under ${tier} but its name falls under ${
            byPattern?.id ?? 'no tier'
          }'s namePattern in localplus.tiers`,
        );
      }
    }
  }
  for (const repository of repositories.filter(r => !listed.has(r.name))) {
    problems.push(
      `${tables[0]?.file}: ${repository.name} (${repository.tier} in ${repository.file}) is in no repository table`,
    );
  }
  return problems;
}
