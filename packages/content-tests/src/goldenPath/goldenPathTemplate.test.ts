import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  missingRecordings,
  parseOpenSloDocuments,
} from '@localplus/plugin-slo-common';
import { checkPlatformPolicies } from '@localplus/plugin-golden-path-common';
import {
  dryRunGoldenPathOrFail,
  logLines,
  startGoldenPathBackend,
  writeGeneratedFiles,
} from './__testUtils__/goldenPathTestBackend';
import {
  kustomize,
  listFiles,
  promtoolCheckRules,
  prometheusBucketLabel,
} from './__testUtils__/generatedRepository';
import { goldenPathCases } from './__testUtils__/parameterMatrix';

jest.setTimeout(180_000);

/**
 * The golden-path harness: the real template through the scaffolder's real
 * dry-run API, then the generated repository through the real tools.
 * GOLDEN_PATH_KEEP_OUTPUT=<dir> keeps the generated repositories for a look.
 */
describe('the LOCAL-PLUS service template', () => {
  let backend: Awaited<ReturnType<typeof startGoldenPathBackend>>;
  let workRoot: string;

  beforeAll(async () => {
    backend = await startGoldenPathBackend();
    workRoot = process.env.GOLDEN_PATH_KEEP_OUTPUT
      ? path.resolve(process.env.GOLDEN_PATH_KEEP_OUTPUT)
      : await fs.mkdtemp(path.join(os.tmpdir(), 'golden-path-'));
  });

  afterAll(async () => {
    await backend?.stop();
    if (!process.env.GOLDEN_PATH_KEEP_OUTPUT) {
      await fs.rm(workRoot, { recursive: true, force: true });
    }
  });

  describe.each(goldenPathCases)('$label', ({ values }) => {
    const name = values.name as string;
    let repoDir: string;
    let files: string[];
    let log: string[];

    beforeAll(async () => {
      const result = await dryRunGoldenPathOrFail(backend.server, values);
      log = logLines(result);
      repoDir = path.join(workRoot, name);
      await fs.rm(repoDir, { recursive: true, force: true });
      await writeGeneratedFiles(result, repoDir);
      files = await listFiles(repoDir);
    });

    it('runs the checks and skips the side effects in a dry run', () => {
      expect(log.join('\n')).toMatch(/Parameters checked for svc-/);
      expect(log.join('\n')).toMatch(
        /Overlay prod: \d+ objects rendered and checked/,
      );
      expect(/buf lint passed/.test(log.join('\n'))).toBe(
        values.apiStyle === 'rest-grpc',
      );
      expect(log.join('\n')).not.toMatch(/Published .* to/);
    });

    it('writes the files its options call for, and no others', () => {
      const has = (file: string) => files.includes(file);
      expect(files).toEqual(
        expect.arrayContaining([
          'catalog-info.yaml',
          'mkdocs.yml',
          'docs/index.md',
          'docs/runbook.md',
          'CODEOWNERS',
          '.github/workflows/ci.yml',
          'Taskfile.yml',
          'Dockerfile',
          'pyproject.toml',
          'k6/smoke.js',
          'k6/load.js',
          'src/app/main.py',
          'src/app/api/health.py',
          'k8s/base/deployment.yaml',
          'k8s/base/prometheusrule.yaml',
          `slo/${name}.openslo.yaml`,
          'k8s/overlays/dev/kustomization.yaml',
          'k8s/overlays/staging/kustomization.yaml',
          'k8s/overlays/prod/kustomization.yaml',
        ]),
      );
      expect(has('alembic.ini')).toBe(values.database === 'postgresql');
      expect(has('src/app/infrastructure/database.py')).toBe(
        values.database === 'postgresql',
      );
      expect(has('src/app/infrastructure/cache.py')).toBe(
        values.cache === 'valkey',
      );
      expect(has('src/app/infrastructure/kafka.py')).toBe(
        values.kafka !== 'none',
      );
      expect(has('buf.yaml')).toBe(values.apiStyle === 'rest-grpc');
      expect(has('k8s/base/httproute.yaml')).toBe(values.exposure === 'public');
      const protoFiles = files.filter(file => file.endsWith('.proto'));
      expect(protoFiles).toEqual(
        values.apiStyle === 'rest-grpc'
          ? [
              `proto/localplus/${name
                .replace('svc-', '')
                .replace(/-/g, '_')}/v1/${name
                .replace('svc-', '')
                .replace(/-/g, '_')}.proto`,
            ]
          : [],
      );
      // Nothing is left half-rendered. GitHub Actions workflows keep their
      // own ${{ }} expressions, escaped in the skeleton.
      return Promise.all(
        files.map(async file => {
          const text = await fs.readFile(path.join(repoDir, file), 'utf8');
          const leftover = file.startsWith('.github/workflows/')
            ? /\{%|\$\{\{\s*values\./.test(text)
            : /\$\{\{|\{%/.test(text);
          expect({ file, leftover }).toEqual({ file, leftover: false });
        }),
      );
    });

    it.each(['dev', 'staging', 'prod'])(
      'renders a %s overlay that meets the platform policies and the seeds\u2019 settings',
      async overlay => {
        const objects = await kustomize(repoDir, overlay);
        expect(checkPlatformPolicies(objects)).toEqual([]);
        const byKind = (kind: string) =>
          objects.filter(object => object.kind === kind);
        const [deployment] = byKind('Deployment');
        const container = deployment.spec.template.spec.containers[0];
        expect(deployment.metadata.labels['localplus.io/environment']).toBe(
          overlay,
        );
        expect(deployment.spec.replicas).toBeGreaterThanOrEqual(2);
        expect(deployment.spec.template.spec.securityContext).toMatchObject({
          runAsNonRoot: true,
          runAsUser: 1000,
        });
        expect(container.securityContext).toMatchObject({
          readOnlyRootFilesystem: true,
          allowPrivilegeEscalation: false,
          capabilities: { drop: ['ALL'] },
        });
        expect(container.resources).toEqual({
          requests: { cpu: '100m', memory: '256Mi' },
          limits: { cpu: '500m', memory: '512Mi' },
        });
        expect(container.livenessProbe).toMatchObject({
          httpGet: { path: '/health/live' },
          initialDelaySeconds: 10,
          periodSeconds: 10,
        });
        expect(container.readinessProbe).toMatchObject({
          httpGet: { path: '/health/ready' },
          initialDelaySeconds: 5,
          periodSeconds: 5,
        });
        const [hpa] = byKind('HorizontalPodAutoscaler');
        expect(hpa.spec.maxReplicas).toBe(10);
        expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
        const targets = Object.fromEntries(
          hpa.spec.metrics.map((metric: any) => [
            metric.resource.name,
            metric.resource.target.averageUtilization,
          ]),
        );
        expect(targets).toEqual({ cpu: 70, memory: 80 });
        const [monitor] = byKind('ServiceMonitor');
        expect(monitor.spec.endpoints).toEqual([
          { port: 'http', path: '/metrics', interval: '30s' },
        ]);
        const [service] = byKind('Service');
        expect(
          service.spec.ports.find((port: any) => port.name === 'http'),
        ).toMatchObject({ port: 8080 });
        const secrets = byKind('ExternalSecret');
        const expectedSecrets = [
          ...(values.database === 'postgresql' ? ['database'] : []),
          ...(values.cache === 'valkey' ? ['valkey'] : []),
          ...(values.kafka !== 'none' ? ['kafka'] : []),
          ...(
            (values.secrets as Array<{ name: string }> | undefined) ?? []
          ).map(s => s.name),
        ];
        expect(secrets.map(secret => secret.metadata.name).sort()).toEqual(
          expectedSecrets.map(secret => `${name}-${secret}`).sort(),
        );
        for (const secret of secrets) {
          expect(secret.spec.secretStoreRef).toEqual({
            kind: 'ClusterSecretStore',
            name: 'vault-backend',
          });
        }
        expect(byKind('HTTPRoute')).toHaveLength(
          values.exposure === 'public' ? 1 : 0,
        );
        expect(byKind('PrometheusRule')).toHaveLength(1);
        // Migrations run as an Argo CD PreSync Job, whose pods the Service must not select.
        const jobs = byKind('Job');
        expect(
          jobs.map(job => job.metadata.annotations['argocd.argoproj.io/hook']),
        ).toEqual(values.database === 'postgresql' ? ['PreSync'] : []);
        expect(service.spec.selector['app.kubernetes.io/component']).toBe(
          'server',
        );
        for (const job of jobs) {
          expect(
            job.spec.template.metadata.labels['app.kubernetes.io/component'],
          ).toBe('migration');
          expect(job.spec.template.spec.containers[0].command).toEqual([
            'alembic',
            'upgrade',
            'head',
          ]);
        }
      },
    );

    it('writes SLOs as code and the alerts generated from them, which promtool accepts', async () => {
      const slo = parseOpenSloDocuments(
        await fs.readFile(
          path.join(repoDir, `slo/${name}.openslo.yaml`),
          'utf8',
        ),
      );
      expect(slo.problems).toEqual([]);
      const objectives = Object.fromEntries(
        slo.documents
          .filter(document => document.kind === 'SLO')
          .map(document => [
            document.metadata.name,
            (document as any).spec.objectives[0],
          ]),
      );
      expect(objectives[`${name}-availability`].targetPercent).toBe(
        values.availabilityTarget,
      );
      expect(objectives[`${name}-latency`].target).toBe(0.99);

      const { stdout, rule } = await promtoolCheckRules(
        repoDir,
        await fs.mkdtemp(path.join(workRoot, 'promtool-')),
      );
      expect(stdout).toMatch(/SUCCESS: \d+ rules found/);
      const rules = rule.spec.groups.flatMap((group: any) => group.rules);
      const alerts = rules.filter((r: any) => r.alert);
      // promtool accepts an alert on a series nobody records; it never fires.
      expect(missingRecordings(rule.spec)).toEqual([]);
      // Four burn-rate pairs for each of availability and latency.
      expect(alerts).toHaveLength(8);
      const windows = alerts.map(
        (a: any) =>
          `${a.labels.slo.replace(`${name}-`, '')}:${a.labels.long_window}/${
            a.labels.short_window
          }:${a.labels.severity}`,
      );
      expect(windows.sort()).toEqual(
        [
          'availability:1h/5m:page',
          'availability:6h/30m:page',
          'availability:1d/2h:ticket',
          'availability:3d/6h:ticket',
          'latency:1h/5m:page',
          'latency:6h/30m:page',
          'latency:1d/2h:ticket',
          'latency:3d/6h:ticket',
        ].sort(),
      );
      const budget = String(
        Number(
          (1 - (values.availabilityTarget as number) / 100).toPrecision(12),
        ),
      );
      const fastBurn = alerts.find(
        (a: any) =>
          a.labels.slo === `${name}-availability` &&
          a.labels.long_window === '1h',
      );
      expect(fastBurn.expr).toContain(`/ ${budget}`);
      expect(fastBurn.expr).toContain('>= 14.4');
      expect(fastBurn.annotations.runbook_url).toContain(
        `${name}/blob/main/docs/runbook.md`,
      );
      const latencyRecording = rules.find(
        (r: any) =>
          r.record === 'slo:sli_error:ratio_rate5m' &&
          r.labels.slo === `${name}-latency`,
      );
      expect(latencyRecording.expr).toContain(
        `le="${prometheusBucketLabel(values.latencyP99Ms as number)}"`,
      );
    });
  });
});
