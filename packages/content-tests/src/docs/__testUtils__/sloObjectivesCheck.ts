import {
  objectiveTarget,
  OpenSloSlo,
  parseOpenSloDocuments,
  sloWindowSeconds,
} from '@localplus/plugin-slo-common';
import fs from 'node:fs';
import path from 'node:path';
import { CatalogRecord, repoRoot, rowLabel } from './contentModel';
import { codeSpans, MarkdownTable } from './markdownTables';

const OPENSLO = 'localplus.io/openslo';

interface CatalogObjective {
  slo: string;
  /** The target as a fraction: 0.999. */
  target: number;
  windowSeconds: number;
}

/** The objectives of every entity that has an OpenSLO document, by entity name. */
export function catalogObjectives(
  catalog: CatalogRecord[],
): Map<string, { file: string; objectives: CatalogObjective[] }> {
  const byEntity = new Map<
    string,
    { file: string; objectives: CatalogObjective[] }
  >();
  for (const { entity, file } of catalog) {
    const reference = entity.metadata.annotations?.[OPENSLO];
    if (!reference) continue;
    const sloFile = path.join(path.dirname(file), reference);
    const { documents } = parseOpenSloDocuments(
      fs.readFileSync(path.join(repoRoot, sloFile), 'utf8'),
    );
    const objectives = documents
      .filter((d): d is OpenSloSlo => d.kind === 'SLO')
      .flatMap(slo =>
        slo.spec.objectives.map(objective => ({
          slo: slo.metadata.name,
          target: objectiveTarget(objective),
          windowSeconds: sloWindowSeconds(slo),
        })),
      );
    byEntity.set(entity.metadata.name, { file: sloFile, objectives });
  }
  return byEntity;
}

const percent = (fraction: number) =>
  `${Number((fraction * 100).toFixed(3))} %`;

/** `43 min / month` or `3.6 h / month` in seconds; undefined for anything else. */
function budgetSeconds(cell: string): number | undefined {
  const match = /(\d+(?:\.\d+)?)\s*(min|h)\b/.exec(cell);
  if (!match) return undefined;
  return Number(match[1]) * (match[2] === 'h' ? 3600 : 60);
}

/**
 * The SLO table of the operations docs against the OpenSLO documents of the
 * catalog: every row names its entities in backticks in the Service column
 * and gives the target as a percentage in the SLO column; every objective of
 * every document has a row.
 */
export function checkSloTable(
  table: MarkdownTable,
  catalog: CatalogRecord[],
): string[] {
  const expected = catalogObjectives(catalog);
  const problems: string[] = [];
  const documented = new Set<string>();
  for (const row of table.rows) {
    const service = row.cells.Service;
    const entities = codeSpans(service);
    const where = rowLabel(table, row, service);
    if (entities.length === 0) {
      problems.push(
        `${where}: Service names no catalog entity in backticks, so it cannot be checked against an OpenSLO document`,
      );
      continue;
    }
    const targetMatch = /(\d+(?:\.\d+)?)\s*%/.exec(row.cells.SLO);
    for (const name of entities) {
      const slos = expected.get(name);
      if (!slos) {
        problems.push(
          `${where}: documents an SLO for ${name}, which has no OpenSLO document in the catalog (no ${OPENSLO} annotation)`,
        );
        continue;
      }
      const targets = slos.objectives.map(o => percent(o.target)).join(', ');
      const objective = targetMatch
        ? slos.objectives.find(
            o => Math.abs(o.target * 100 - Number(targetMatch[1])) < 1e-9,
          )
        : undefined;
      if (!objective) {
        problems.push(
          `${where}: SLO "${row.cells.SLO}" is not a target of ${name} in ${slos.file} (targets: ${targets})`,
        );
        continue;
      }
      documented.add(`${name}/${objective.slo}/${objective.target}`);
      // Budgets are written as full outage over the window, rounded.
      const budget = budgetSeconds(row.cells['Error budget'] ?? '');
      const expectedBudget = (1 - objective.target) * objective.windowSeconds;
      if (
        budget !== undefined &&
        Math.abs(budget - expectedBudget) > 0.05 * expectedBudget
      ) {
        problems.push(
          `${where}: Error budget "${
            row.cells['Error budget']
          }" is not ${percent(1 - objective.target)} of the ${
            objective.windowSeconds / 86400
          }-day window of ${objective.slo} (${Math.round(
            expectedBudget / 60,
          )} min)`,
        );
      }
    }
  }
  for (const [name, { file, objectives }] of expected) {
    for (const objective of objectives) {
      if (!documented.has(`${name}/${objective.slo}/${objective.target}`)) {
        problems.push(
          `${table.file}:${table.line} (table "${
            table.heading
          }"): no row gives ${name} its objective ${objective.slo} (${percent(
            objective.target,
          )}) of ${file}`,
        );
      }
    }
  }
  return problems;
}
