import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { startPortalWebhook } from './__testUtils__/portalWebhook';
import { DevstackConfig, devstackConfigFromEnv } from './config';
import { startDevstack } from './startDevstack';

jest.setTimeout(180_000);

const SECRET = 'a-test-webhook-secret-of-some-length';

/** The dev stack on free ports, its Prometheus data in a fresh folder. */
async function testConfig(
  overrides: Partial<DevstackConfig>,
): Promise<DevstackConfig> {
  return {
    ...devstackConfigFromEnv({}),
    kubernetesPort: 0,
    argoCdPort: 0,
    pagerDutyPort: 0,
    githubPort: 0,
    prometheusPort: 0,
    trafficPort: 0,
    prometheusDir: await fs.mkdtemp(path.join(os.tmpdir(), 'devstack-am-')),
    ...overrides,
  };
}

/** A PATH holding Prometheus and promtool but no Alertmanager. */
async function pathWithoutAlertmanager(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'devstack-path-'));
  for (const program of ['prometheus', 'promtool']) {
    await fs.symlink(`/usr/bin/${program}`, path.join(dir, program));
  }
  return dir;
}

describe('the dev stack with Alertmanager', () => {
  it('pages the portal webhook with the SLO alerts of the dev Prometheus', async () => {
    const webhook = await startPortalWebhook(SECRET);
    const config = await testConfig({
      prometheus: 'on',
      alertmanager: 'on',
      oncallWebhookUrl: webhook.url,
      oncallWebhookSecret: SECRET,
    });
    try {
      const devstack = await startDevstack(config, {
        NODE_ENV: 'development',
        PATH: process.env.PATH,
      });
      try {
        const url = devstack.alertmanager.url!;
        expect(devstack.describe()).toEqual(
          expect.arrayContaining([
            `Alertmanager    ${url}  pages from the dev Prometheus's alerts`,
            `  webhook      ${webhook.url}  bearer (set by DEVSTACK_ONCALL_WEBHOOK_SECRET)`,
          ]),
        );
        expect(devstack.describe().join('\n')).not.toContain(SECRET);

        const status = await (await fetch(`${url}/api/v2/status`)).json();
        const loaded = parse(status.config.original);
        expect(loaded.route).toMatchObject({
          receiver: 'localplus-oncall',
          group_wait: '5s',
          group_interval: '30s',
          repeat_interval: '1h',
        });
        expect(loaded.receivers).toEqual([
          {
            name: 'localplus-oncall',
            webhook_configs: [
              expect.objectContaining({
                url: webhook.url,
                send_resolved: true,
                http_config: expect.objectContaining({
                  authorization: { type: 'Bearer', credentials: '<secret>' },
                }),
              }),
            ],
          },
        ]);

        // svc-wallet burns 20x its budget: both page alerts fire at the
        // first rule evaluations, then group_wait; on a busy machine the
        // second may come with the group's next notification (30 s later).
        const notification = await webhook.firstNotification(60_000);
        expect(webhook.refused).toEqual([]);
        expect(notification.receiver).toBe('localplus-oncall');
        expect(notification.status).toBe('firing');
        const alerts = await webhook.firingAlerts(2, 90_000);
        expect(
          alerts
            .map(({ labels }) => [
              labels.alertname,
              labels.service,
              labels.severity,
              labels.long_window,
            ])
            .sort(),
        ).toEqual([
          ['SloErrorBudgetBurn', 'svc-wallet', 'page', '1h'],
          ['SloErrorBudgetBurn', 'svc-wallet', 'page', '6h'],
        ]);
        const prometheusUrl = devstack.prometheus.stack!.prometheus.url;
        const discovered = await (
          await fetch(`${prometheusUrl}/api/v1/alertmanagers`)
        ).json();
        expect(discovered.data.activeAlertmanagers).toEqual([
          { url: `${url}/api/v2/alerts` },
        ]);
      } finally {
        await devstack.close();
      }
      await expect(
        fetch(`${devstack.alertmanager.url}/-/ready`),
      ).rejects.toThrow();
    } finally {
      await webhook.close();
      await fs.rm(config.prometheusDir, { recursive: true, force: true });
    }
  });

  it('runs on without Alertmanager when it is not installed, and says so', async () => {
    const config = await testConfig({ prometheus: 'on' });
    const bin = await pathWithoutAlertmanager();
    try {
      const devstack = await startDevstack(config, {
        NODE_ENV: 'development',
        PATH: bin,
      });
      try {
        expect(devstack.prometheus.stack).toBeDefined();
        expect(devstack.alertmanager.url).toBeUndefined();
        expect(devstack.describe()).toContain(
          'Alertmanager    not started: prometheus-alertmanager is not on the PATH (install the Debian package "prometheus-alertmanager"); no page will reach the on-call plugin',
        );
        const prometheusUrl = devstack.prometheus.stack!.prometheus.url;
        const status = await (
          await fetch(`${prometheusUrl}/api/v1/status/config`)
        ).json();
        const loaded = parse(status.data.yaml);
        expect(loaded.alerting?.alertmanagers ?? []).toEqual([]);
        // The SLO alerts are evaluated all the same, for the SLOs tab.
        expect(devstack.prometheus.ruleFiles!.length).toBeGreaterThan(0);
        expect(loaded.rule_files).toHaveLength(
          devstack.prometheus.ruleFiles!.length,
        );
      } finally {
        await devstack.close();
      }
    } finally {
      await fs.rm(bin, { recursive: true, force: true });
      await fs.rm(config.prometheusDir, { recursive: true, force: true });
    }
  });

  it('fails when Alertmanager is required but cannot run', async () => {
    const config = await testConfig({ prometheus: 'on', alertmanager: 'on' });
    const bin = await pathWithoutAlertmanager();
    try {
      await expect(
        startDevstack(config, { NODE_ENV: 'development', PATH: bin }),
      ).rejects.toThrow(
        'DEVSTACK_ALERTMANAGER=on, but prometheus-alertmanager is not on the PATH',
      );
      await expect(
        startDevstack(
          { ...config, prometheus: 'off' },
          { NODE_ENV: 'development', PATH: process.env.PATH },
        ),
      ).rejects.toThrow(
        'DEVSTACK_ALERTMANAGER=on, but the dev Prometheus it runs beside is not started: DEVSTACK_PROMETHEUS=off',
      );
    } finally {
      await fs.rm(bin, { recursive: true, force: true });
      await fs.rm(config.prometheusDir, { recursive: true, force: true });
    }
  });
});
