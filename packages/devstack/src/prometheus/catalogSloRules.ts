import fs from 'node:fs/promises';
import path from 'node:path';
import {
  formatOpenSloProblem,
  generatePrometheusRules,
  OPENSLO_ANNOTATION,
  OpenSloSlo,
  parseOpenSloDocuments,
  prometheusRulesToYaml,
} from '@localplus/plugin-slo-common';
import { readCatalogEntities } from '../catalog/deployableComponents';

const RUNBOOK_ANNOTATION = 'localplus.io/runbook-url';
const DASHBOARD_ANNOTATION = 'localplus.io/dashboard-url';

/**
 * The portal's own default (slo-backend's `slo.minimumEvents`): the dev
 * Prometheus fires exactly what the SLOs tab says is firing.
 */
export const DEV_SLO_MINIMUM_EVENTS = 100;

export interface CatalogSloRules {
  /** One rule file per entity with valid SLOs, absolute paths, sorted. */
  files: string[];
  /** `<entity>: <problem>` for each document that was skipped. */
  problems: string[];
}

/**
 * Writes the burn-rate rules of every OpenSLO document the catalog under
 * `catalogDir` points at (`localplus.io/openslo`, relative to the entity's
 * file) into `rulesDir`, emptied first so that no stale file stays loaded.
 * The same generator as the portal's "Download Prometheus rules", so the
 * alerts are those a real Prometheus would fire for these SLOs.
 */
export async function writeCatalogSloRules(options: {
  catalogDir: string;
  rulesDir: string;
}): Promise<CatalogSloRules> {
  const { catalogDir, rulesDir } = options;
  await fs.rm(rulesDir, { recursive: true, force: true });
  await fs.mkdir(rulesDir, { recursive: true });
  const files: string[] = [];
  const problems: string[] = [];
  const withSlos = readCatalogEntities(catalogDir).filter(
    entity => entity.metadata.annotations[OPENSLO_ANNOTATION],
  );
  for (const entity of withSlos) {
    const { name, annotations } = entity.metadata;
    const sloFile = path.resolve(
      path.dirname(entity.sourceFile),
      annotations[OPENSLO_ANNOTATION],
    );
    const text = await fs.readFile(sloFile, 'utf8').catch(() => undefined);
    if (text === undefined) {
      problems.push(`${name}: ${sloFile} cannot be read`);
      continue;
    }
    const parsed = parseOpenSloDocuments(text);
    problems.push(
      ...parsed.problems.map(p => `${name}: ${formatOpenSloProblem(p)}`),
    );
    const groups = parsed.documents
      .filter((document): document is OpenSloSlo => document.kind === 'SLO')
      .flatMap(
        slo =>
          generatePrometheusRules(slo, {
            runbookUrl: slo.metadata.annotations?.[RUNBOOK_ANNOTATION],
            dashboardUrl: slo.metadata.annotations?.[DASHBOARD_ANNOTATION],
            minimumEvents: DEV_SLO_MINIMUM_EVENTS,
          }).groups,
      );
    if (groups.length > 0) {
      const file = path.join(rulesDir, `${name}.rules.yaml`);
      await fs.writeFile(file, prometheusRulesToYaml({ groups }));
      files.push(file);
    }
  }
  return { files: files.sort(), problems };
}
