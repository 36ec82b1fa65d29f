import { mockCredentials } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
// Test code may start another plugin's backend: it is the real source the
// collector reads.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import sloPlugin from '@localplus/plugin-slo-backend';
import sloPrometheusModule from '@localplus/plugin-slo-backend-module-prometheus';
import {
  startAlertmanager,
  startMetricsExporter,
  startPrometheus,
  SyntheticSeries,
} from '@localplus/server-kit';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sloComponents, TestComponent } from './sloComponents';
import { startCollectorBackend } from './startCollectorBackend';

const HISTORY_SECONDS = 2 * 86_400;

/**
 * The real thing: an Alertmanager, a Prometheus holding two days of
 * `series` and scraping their live continuation, and a test backend with
 * the real SLO plugin (Prometheus source) over `components`, the catalog
 * test double and the collector module. `loadRulesOf` downloads an entity's
 * rules from the SLO backend into Prometheus, as a team deploys them.
 */
export async function startSloStack(options: {
  components: TestComponent[];
  series: SyntheticSeries[];
}) {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'compliance-prom-'));
  const rulesDir = path.join(folder, 'rules');
  await fs.mkdir(rulesDir);
  const stops: Array<() => Promise<unknown>> = [
    () => fs.rm(folder, { recursive: true, force: true }),
  ];
  const stop = async () => {
    for (const one of stops.reverse()) await one();
  };
  try {
    const alertmanager = await startAlertmanager();
    stops.push(() => alertmanager.stop());
    const exporter = await startMetricsExporter({ series: options.series });
    stops.push(() => exporter.close());
    const now = Math.floor(Date.now() / 1000);
    const prometheus = await startPrometheus({
      history: {
        series: options.series,
        start: now - HISTORY_SECONDS,
        end: now,
        stepSeconds: 60,
      },
      scrape: { target: exporter.target, jobName: 'localplus' },
      ruleFiles: [path.join(rulesDir, '*.yaml')],
      alertmanagers: [new URL(alertmanager.url).host],
      enableLifecycle: true,
    });
    stops.push(() => prometheus.stop());
    const entities = await sloComponents(folder, options.components);
    const { backend, collector } = await startCollectorBackend({
      features: [
        sloPlugin,
        sloPrometheusModule,
        catalogServiceMock.factory({ entities }),
      ],
      config: {
        slo: {
          snapshots: { enabled: false },
          prometheus: { environments: { prod: { baseUrl: prometheus.url } } },
        },
      },
    });
    stops.push(() => backend.stop());
    const sloUrl = `http://localhost:${backend.server.port()}/api/slo`;

    return {
      collector,
      prometheus,
      alertmanager,
      async loadRulesOf(names: string[]) {
        for (const name of names) {
          const response = await fetch(
            `${sloUrl}/entities/component/default/${name}/rules`,
            { headers: { authorization: mockCredentials.service.header() } },
          );
          if (!response.ok) {
            throw new Error(`No rules for ${name}: ${response.status}`);
          }
          await fs.writeFile(
            path.join(rulesDir, `${name}.yaml`),
            await response.text(),
          );
        }
        const reload = await fetch(`${prometheus.url}/-/reload`, {
          method: 'POST',
        });
        if (!reload.ok) {
          throw new Error(`Prometheus refused the reload: ${reload.status}`);
        }
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
