import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { defaultCatalogDir } from '../catalog/deployableComponents';
import { writeCatalogSloRules } from './catalogSloRules';

const run = promisify(execFile);

const component = (name: string, openslo: string) => `---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: ${name}
  annotations:
    localplus.io/openslo: ${openslo}
spec: { type: service, lifecycle: production, owner: team-a }
`;

const SLO = `apiVersion: openslo/v1
kind: SLO
metadata: { name: svc-a-availability }
spec:
  service: svc-a
  indicator:
    metadata: { name: svc-a-non-5xx }
    spec:
      ratioMetric:
        counter: true
        bad: { metricSource: { type: Prometheus, spec: { query: 'rate(http_requests_total{service="svc-a",status=~"5.."}[{{window}}])' } } }
        total: { metricSource: { type: Prometheus, spec: { query: 'rate(http_requests_total{service="svc-a"}[{{window}}])' } } }
  timeWindow: [{ duration: 30d, isRolling: true }]
  budgetingMethod: Occurrences
  objectives: [{ targetPercent: 99.9 }]
`;

describe('writeCatalogSloRules', () => {
  let workDir: string;
  beforeEach(async () => {
    workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'catalog-slo-rules-'));
  });
  afterEach(() => fs.rm(workDir, { recursive: true, force: true }));

  it('writes rules for the bundled catalog that promtool accepts', async () => {
    const rulesDir = path.join(workDir, 'rules');
    const { files, problems } = await writeCatalogSloRules({
      catalogDir: defaultCatalogDir(),
      rulesDir,
    });
    expect(problems).toEqual([]);
    expect(files.map(file => path.basename(file))).toEqual(
      expect.arrayContaining([
        'svc-wallet.rules.yaml',
        'svc-ledger.rules.yaml',
      ]),
    );
    const { stdout } = await run('promtool', ['check', 'rules', ...files]);
    expect(stdout.match(/SUCCESS: \d+ rules found/g)).toHaveLength(
      files.length,
    );
  });

  it('skips what it cannot read, says why, and leaves no stale file', async () => {
    const catalogDir = path.join(workDir, 'catalog');
    const rulesDir = path.join(workDir, 'rules');
    await fs.mkdir(path.join(catalogDir, 'slo'), { recursive: true });
    await fs.mkdir(rulesDir);
    await fs.writeFile(path.join(rulesDir, 'renamed.rules.yaml'), 'groups: []');
    await fs.writeFile(path.join(catalogDir, 'slo', 'svc-a.yaml'), SLO);
    await fs.writeFile(
      path.join(catalogDir, 'slo', 'broken.yaml'),
      SLO.replace('targetPercent: 99.9', 'targetPercent: 140'),
    );
    await fs.writeFile(
      path.join(catalogDir, 'components.yaml'),
      component('svc-a', './slo/svc-a.yaml') +
        component('svc-broken', './slo/broken.yaml') +
        component('svc-missing', './slo/missing.yaml'),
    );

    const { files, problems } = await writeCatalogSloRules({
      catalogDir,
      rulesDir,
    });

    expect(await fs.readdir(rulesDir)).toEqual(['svc-a.rules.yaml']);
    expect(files).toEqual([path.join(rulesDir, 'svc-a.rules.yaml')]);
    const written = parse(await fs.readFile(files[0], 'utf8'));
    expect(written.groups.map((g: { name: string }) => g.name)).toEqual([
      'slo-svc-a-availability',
    ]);
    expect(problems).toEqual([
      expect.stringMatching(/^svc-broken: .*targetPercent/),
      `svc-missing: ${path.join(
        catalogDir,
        'slo',
        'missing.yaml',
      )} cannot be read`,
    ]);
  });
});
