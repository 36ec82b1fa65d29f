import { ConfigReader } from '@backstage/config';
import { readTierModel, TierModel } from '@localplus/plugin-tiers-common';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { followLocations } from '../../__testUtils__/followLocations';
import { MarkdownTable, parseMarkdownTables } from './markdownTables';

export const repoRoot = path.resolve(__dirname, '../../../../..');

export interface CatalogEntity {
  kind: string;
  metadata: {
    name: string;
    title?: string;
    description?: string;
    annotations?: Record<string, string>;
    links?: Array<{ url: string; title?: string }>;
  };
  spec?: {
    owner?: string;
    system?: string;
    parent?: string;
    children?: string[];
    providesApis?: string[];
    consumesApis?: string[];
    target?: string;
    targets?: string[];
  };
}

/** A catalog entity and the file it comes from, relative to the repository root. */
export interface CatalogRecord {
  entity: CatalogEntity;
  file: string;
}

/**
 * The organisation's catalog as the portal loads it: the root
 * catalog-info.yaml and every Location it leads to. The demo data of
 * app-config.yaml (deliberately broken entities) is left out.
 */
export function loadCatalog(): CatalogRecord[] {
  return followLocations<CatalogEntity>([
    path.join(repoRoot, 'catalog-info.yaml'),
  ]).map(({ entity, file }) => ({
    entity,
    file: path.relative(repoRoot, file),
  }));
}

/** The name part of an entity ref: `group:default/platform-team` gives platform-team. */
export function refName(ref: string): string {
  return ref.replace(/^[a-z]+:/i, '').replace(/^[^/]+\//, '');
}

/** The tier model, `localplus.tiers` in app-config.yaml. */
export function loadTierModel(): TierModel {
  const appConfig = parse(
    fs.readFileSync(path.join(repoRoot, 'app-config.yaml'), 'utf8'),
  );
  const model = readTierModel(new ConfigReader(appConfig));
  if (!model) throw new Error('app-config.yaml has no localplus.tiers');
  return model;
}

/** The tables of a page of the platform documentation (`docs/<page>`). */
export function docsTables(page: string): MarkdownTable[] {
  const file = path.join('docs', page);
  return parseMarkdownTables(
    file,
    fs.readFileSync(path.join(repoRoot, file), 'utf8'),
  );
}

/** The tables of a page whose header starts with the given columns. */
export function tablesWithColumns(
  page: string,
  columns: string[],
): MarkdownTable[] {
  return docsTables(page).filter(table =>
    columns.every((column, index) => table.header[index] === column),
  );
}

/** Where a row is, for failure messages: `docs/x.md:12 (row svc-ledger)`. */
export function rowLabel(
  table: MarkdownTable,
  row: { line: number },
  key: string,
): string {
  return `${table.file}:${row.line} (row ${key})`;
}
