import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  formatOpenSloProblem,
  generatePrometheusRules,
  missingRecordings,
  OPENSLO_ANNOTATION,
  OpenSloSlo,
  parseOpenSloDocuments,
  prometheusRulesToYaml,
} from '@localplus/plugin-slo-common';
import { parse } from 'yaml';
import { followLocations } from './__testUtils__/followLocations';

jest.setTimeout(60_000);

const run = promisify(execFile);
const root = path.resolve(__dirname, '../../..');
const PROMTOOL = process.env.PROMTOOL ?? '/usr/bin/promtool';
const RUNBOOK = 'localplus.io/runbook-url';
const DASHBOARD = 'localplus.io/dashboard-url';

type Entity = {
  kind: string;
  metadata: {
    name: string;
    annotations?: Record<string, string>;
    links?: Array<{ url: string; title?: string; icon?: string }>;
  };
  spec?: { target?: string; targets?: string[] };
};

/**
 * Every entity the development catalog loads, with the file it comes from:
 * the file locations of app-config.yaml (relative to packages/backend, where
 * the backend runs) and the Location entities they lead to.
 */
function catalogEntities(): Array<{ entity: Entity; file: string }> {
  const appConfig = parse(
    fs.readFileSync(path.join(root, 'app-config.yaml'), 'utf8'),
  );
  return followLocations<Entity>(
    appConfig.catalog.locations
      .filter((location: { type: string }) => location.type === 'file')
      .map((location: { target: string }) =>
        path.resolve(root, 'packages/backend', location.target),
      ),
  );
}

const withSlos = catalogEntities()
  .filter(({ entity }) => entity.metadata.annotations?.[OPENSLO_ANNOTATION])
  .map(({ entity, file }) => ({
    entity,
    sloFile: path.resolve(
      path.dirname(file),
      entity.metadata.annotations![OPENSLO_ANNOTATION],
    ),
  }));
// DEMO DATA of the development config: a malformed document, and a file
// written in the style of OpenSLO's own examples.
const DEMO = 'svc-demo-broken-slo';
const OPENSLO_STYLE_DEMO = 'svc-demo-openslo';
const catalogSlos = withSlos.filter(
  ({ entity }) =>
    entity.metadata.name !== DEMO &&
    entity.metadata.name !== OPENSLO_STYLE_DEMO,
);
const sloFileOf = (name: string) =>
  withSlos.find(({ entity }) => entity.metadata.name === name)!.sloFile;

describe('the OpenSLO documents of the catalog', () => {
  it('are referenced by the services and platform components of the seeds', () => {
    expect(withSlos.map(({ entity }) => entity.metadata.name).sort()).toEqual(
      [
        'platform-gitops',
        'platform-observability',
        'svc-demo-broken-slo',
        'svc-demo-openslo',
        'svc-giftcard',
        'svc-ledger',
        'svc-merchant',
        'svc-notification',
        'svc-wallet',
      ].sort(),
    );
  });

  it('leave no document in catalog/components/slo unreferenced', () => {
    const directory = path.join(root, 'catalog/components/slo');
    const referenced = new Set(catalogSlos.map(({ sloFile }) => sloFile));
    const files = fs
      .readdirSync(directory)
      .map(name => path.join(directory, name));
    expect(files.filter(file => !referenced.has(file))).toEqual([]);
  });

  it.each(catalogSlos.map(s => [s.entity.metadata.name, s] as const))(
    '%s: its document exists, parses without problems and is about the entity',
    (name, { entity, sloFile }) => {
      expect(fs.existsSync(sloFile)).toBe(true);
      const { documents, problems } = parseOpenSloDocuments(
        fs.readFileSync(sloFile, 'utf8'),
      );
      expect(problems.map(formatOpenSloProblem)).toEqual([]);
      expect(documents.filter(d => d.kind === 'Service')).toHaveLength(1);
      // SLOs and the Service are about the entity; the documents they name
      // (SLIs, data sources, alert policies...) have names of their own.
      const subjects = documents.flatMap(document => {
        if (document.kind === 'SLO') return [document.spec.service];
        if (document.kind === 'Service') return [document.metadata.name];
        return [];
      });
      expect(new Set(subjects)).toEqual(new Set([name]));
      const slos = documents.filter((d): d is OpenSloSlo => d.kind === 'SLO');
      expect(slos.length).toBeGreaterThan(0);
      // The runbook and dashboard are among the links the entity shows.
      const links = (entity.metadata.links ?? []).map(link => link.url);
      for (const slo of slos) {
        expect(slo.spec.description).toBeDefined();
        expect(links).toContain(slo.metadata.annotations?.[RUNBOOK]);
        expect(links).toContain(slo.metadata.annotations?.[DASHBOARD]);
      }
    },
  );

  it('report exactly one problem on the demo entity, at the field at fault', () => {
    const sloFile = sloFileOf(DEMO);
    expect(path.relative(root, sloFile)).toBe('demo/slo/broken.openslo.yaml');
    const { problems } = parseOpenSloDocuments(
      fs.readFileSync(sloFile, 'utf8'),
    );
    expect(problems.map(formatOpenSloProblem)).toEqual([
      'document 1: spec.objectives[0].target: must be between 0 and 1',
    ]);
  });

  it('read the OpenSLO-style demo file into one SLO with its indicator inline and its windows placed', () => {
    const sloFile = sloFileOf(OPENSLO_STYLE_DEMO);
    expect(path.relative(root, sloFile)).toBe(
      'demo/slo/openslo-style.openslo.yaml',
    );
    const { documents, problems } = parseOpenSloDocuments(
      fs.readFileSync(sloFile, 'utf8'),
    );
    expect(problems.map(formatOpenSloProblem)).toEqual([]);
    const [slo] = documents.filter((d): d is OpenSloSlo => d.kind === 'SLO');
    expect(slo.spec.service).toBe(OPENSLO_STYLE_DEMO);
    expect(slo.spec.budgetingMethod).toBe('RatioTimeslices');
    expect(slo.spec.indicator.spec.ratioMetric!.total.metricSource).toEqual({
      metricSourceRef: 'dev-prometheus',
      type: 'Prometheus',
      spec: {
        query:
          'sum(rate(http_requests_total{service="svc-ledger"}[{{window}}]))',
      },
    });
  });

  it('generate Prometheus rules that promtool check rules accepts, every alert reading recorded series', async () => {
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-slos-'));
    try {
      const ruleFiles = [
        ...catalogSlos,
        ...withSlos.filter(
          ({ entity }) => entity.metadata.name === OPENSLO_STYLE_DEMO,
        ),
      ].map(({ entity, sloFile }) => {
        const slos = parseOpenSloDocuments(
          fs.readFileSync(sloFile, 'utf8'),
        ).documents.filter((d): d is OpenSloSlo => d.kind === 'SLO');
        const groups = slos.flatMap(
          slo =>
            generatePrometheusRules(slo, {
              runbookUrl: slo.metadata.annotations?.[RUNBOOK],
              dashboardUrl: slo.metadata.annotations?.[DASHBOARD],
              minimumEvents: 100,
            }).groups,
        );
        // promtool accepts an alert on a series nobody records; it never fires.
        expect(missingRecordings({ groups })).toEqual([]);
        const file = path.join(workDir, `${entity.metadata.name}.rules.yaml`);
        fs.writeFileSync(file, prometheusRulesToYaml({ groups }));
        return file;
      });
      const { stdout } = await run(PROMTOOL, ['check', 'rules', ...ruleFiles]);
      expect(stdout.match(/SUCCESS: \d+ rules found/g)).toHaveLength(
        ruleFiles.length,
      );
    } finally {
      fs.rmSync(workDir, { recursive: true, force: true });
    }
  });
});
