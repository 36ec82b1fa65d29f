import { TierLevel } from '@localplus/plugin-tiers-common';
import { CatalogRecord, refName, rowLabel } from './contentModel';
import { codeSpans, MarkdownTable, plainText } from './markdownTables';

const OWNER_COLUMNS = ['Owner', 'Owning team'];

/** The catalog's groups: title by name, and each group with the groups below it. */
export class CatalogGroups {
  private readonly titles = new Map<string, string>();
  private readonly children = new Map<string, Set<string>>();

  constructor(catalog: CatalogRecord[]) {
    for (const { entity } of catalog.filter(r => r.entity.kind === 'Group')) {
      const name = entity.metadata.name;
      this.titles.set(name, entity.metadata.title ?? name);
      for (const child of entity.spec?.children ?? []) {
        this.childrenOf(name).add(refName(child));
      }
      if (entity.spec?.parent) {
        this.childrenOf(refName(entity.spec.parent)).add(name);
      }
    }
  }

  private childrenOf(name: string): Set<string> {
    if (!this.children.has(name)) this.children.set(name, new Set());
    return this.children.get(name)!;
  }

  title(name: string): string | undefined {
    return this.titles.get(name);
  }

  /** The group whose title is exactly this text. */
  byTitle(title: string): string | undefined {
    return [...this.titles].find(([, t]) => t === title)?.[0];
  }

  /** The titles a reader probably meant: same words in another case, or a title that starts with it. */
  closeTitles(text: string): string[] {
    const lower = text.toLowerCase();
    return [...this.titles.values()].filter(
      t => t.toLowerCase() === lower || t.toLowerCase().startsWith(`${lower} `),
    );
  }

  /** The group and every group below it. */
  subtree(name: string): Set<string> {
    const found = new Set([name]);
    for (const child of this.children.get(name) ?? []) {
      for (const below of this.subtree(child)) found.add(below);
    }
    return found;
  }
}

/** The owner cell as group titles: "Platform Team + Backend Team". */
function ownerTitles(cell: string): string[] {
  return plainText(cell)
    .split('+')
    .map(part => part.replace(/\(.*?\)/g, '').trim())
    .filter(Boolean);
}

function unknownTitle(
  where: string,
  column: string,
  title: string,
  groups: CatalogGroups,
): string {
  const close = groups.closeTitles(title);
  return `${where}: ${column} "${title}" is not the title of a catalog group${
    close.length ? ` (catalog/org/groups.yaml has "${close.join('", "')}")` : ''
  }`;
}

/**
 * A tier table (first column Tier) with an owner column: each owner is
 * written as the title of a catalog group, and together the groups named
 * (with the groups below them) are the owners `localplus.tiers` allows
 * for that tier, no more, no fewer.
 */
export function checkTierOwners(
  table: MarkdownTable,
  groups: CatalogGroups,
  levels: TierLevel[],
): string[] {
  const column = OWNER_COLUMNS.find(c => table.header.includes(c));
  if (!column) return [];
  const problems: string[] = [];
  for (const row of table.rows) {
    const tier = /\bT\d\b/.exec(row.cells.Tier)?.[0];
    const where = rowLabel(table, row, tier ?? row.cells.Tier);
    const level = levels.find(l => l.id === tier);
    if (!level) {
      problems.push(`${where}: no tier ${tier} in localplus.tiers`);
      continue;
    }
    const configured = level.owners.map(refName);
    const named: string[] = [];
    for (const title of ownerTitles(row.cells[column])) {
      const group = groups.byTitle(title);
      if (!group) problems.push(unknownTitle(where, column, title, groups));
      else named.push(group);
    }
    if (named.length === 0) continue;
    const covered = new Set(named.flatMap(g => [...groups.subtree(g)]));
    const missing = configured.filter(owner => !covered.has(owner));
    if (missing.length > 0) {
      problems.push(
        `${where}: ${column} leaves out ${missing
          .map(m => groups.title(m) ?? m)
          .join(', ')}, owners of ${level.id} in localplus.tiers`,
      );
    }
    for (const group of named) {
      if (![...groups.subtree(group)].some(g => configured.includes(g))) {
        problems.push(
          `${where}: ${column} names ${groups.title(
            group,
          )}, which is not among the owners of ${
            level.id
          } in localplus.tiers (${configured.join(', ')})`,
        );
      }
    }
  }
  return problems;
}

/**
 * A table of components (first column Repository or Service, names in
 * backticks) with an Owner column: the owner is the title of the group in
 * the component's spec.owner.
 */
export function checkComponentOwners(
  table: MarkdownTable,
  catalog: CatalogRecord[],
  groups: CatalogGroups,
): string[] {
  if (!table.header.includes('Owner')) return [];
  const problems: string[] = [];
  for (const row of table.rows) {
    const [name] = codeSpans(row.cells[table.header[0]]);
    const where = rowLabel(table, row, name);
    const record = catalog.find(
      r => r.entity.kind === 'Component' && r.entity.metadata.name === name,
    );
    if (!record) {
      problems.push(`${where}: ${name} is not a catalog component`);
      continue;
    }
    const owner = refName(record.entity.spec?.owner ?? '');
    const title = groups.title(owner) ?? owner;
    if (plainText(row.cells.Owner) !== title) {
      problems.push(
        `${where}: Owner "${plainText(
          row.cells.Owner,
        )}" but ${name} is owned by ${owner} ("${title}") in ${record.file}`,
      );
    }
  }
  return problems;
}
