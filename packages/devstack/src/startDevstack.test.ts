import { instantValue } from '@localplus/server-kit';
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEVSTACK_DEFAULTS } from './config';
import { devstackConfigFromEnv, startDevstack } from './startDevstack';

jest.setTimeout(60_000);

describe('devstackConfigFromEnv', () => {
  it('uses the documented defaults', () => {
    expect(devstackConfigFromEnv({})).toMatchObject({
      host: '127.0.0.1',
      kubernetesPort: 7701,
      argoCdPort: 7702,
      pagerDutyPort: 7705,
      pagerDutyToken: 'localplus-devstack-pagerduty-token',
      kubernetesToken: DEVSTACK_DEFAULTS.kubernetesToken,
      prometheus: 'auto',
      prometheusPort: 7703,
      trafficPort: 7704,
      alertmanager: 'auto',
      oncallWebhookUrl: 'http://localhost:7007/api/oncall/webhook/alertmanager',
      oncallWebhookSecret: 'devstack-oncall-webhook-secret-not-for-production',
    });
    expect(devstackConfigFromEnv({}).prometheusDir).toMatch(
      /\.devdata\/prometheus$/,
    );
    expect(
      devstackConfigFromEnv({ PORTAL_DEV_DATA_DIR: '/tmp/e2e-data' })
        .prometheusDir,
    ).toBe('/tmp/e2e-data/prometheus');
  });

  it('takes DEVSTACK_* overrides and rejects nonsense', () => {
    expect(
      devstackConfigFromEnv({ DEVSTACK_KUBERNETES_PORT: '18001' })
        .kubernetesPort,
    ).toBe(18001);
    expect(() =>
      devstackConfigFromEnv({ DEVSTACK_ARGOCD_PORT: 'http' }),
    ).toThrow(/argoCdPort/);
    expect(() =>
      devstackConfigFromEnv({ DEVSTACK_KUBERNETES_TOKEN: 'short' }),
    ).toThrow(/kubernetesToken/);
    expect(() =>
      devstackConfigFromEnv({ DEVSTACK_PROMETHEUS: 'maybe' }),
    ).toThrow(/prometheus/);
    expect(() =>
      devstackConfigFromEnv({ DEVSTACK_ALERTMANAGER: 'yes' }),
    ).toThrow(/alertmanager/);
  });

  it('takes the on-call webhook and refuses a bad one without repeating the secret', () => {
    expect(
      devstackConfigFromEnv({
        DEVSTACK_ONCALL_WEBHOOK_URL:
          'https://portal.test/api/oncall/webhook/alertmanager',
        DEVSTACK_ONCALL_WEBHOOK_SECRET: 'sixteen-chars-ok',
      }),
    ).toMatchObject({
      oncallWebhookUrl: 'https://portal.test/api/oncall/webhook/alertmanager',
      oncallWebhookSecret: 'sixteen-chars-ok',
    });
    for (const url of ['file:///etc/passwd', 'localhost:7007', '']) {
      expect(() =>
        devstackConfigFromEnv({ DEVSTACK_ONCALL_WEBHOOK_URL: url }),
      ).toThrow(/oncallWebhookUrl: must be an http or https URL/);
    }
    const short = 'short-secret';
    let message = '';
    try {
      devstackConfigFromEnv({ DEVSTACK_ONCALL_WEBHOOK_SECRET: short });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^Invalid dev stack setting oncallWebhookSecret/);
    expect(message).not.toContain(short);
  });
});

describe('startDevstack', () => {
  it('starts both simulators on one dataset, with the admin endpoints', async () => {
    const config = {
      ...devstackConfigFromEnv({}),
      kubernetesPort: 0,
      argoCdPort: 0,
      pagerDutyPort: 0,
      githubPort: 0,
    };
    // No PATH: Prometheus counts as not installed.
    const devstack = await startDevstack(config, { NODE_ENV: 'development' });
    try {
      expect(devstack.kubernetes.dataset).toBe(devstack.argoCd.dataset);
      expect(devstack.describe().join('\n')).toContain(
        `${devstack.kubernetes.url}/clusters/eks-prod`,
      );
      expect(devstack.describe()).toContain(
        'Prometheus      not started: prometheus and promtool are not both on the PATH (install the Debian package "prometheus", which provides prometheus and promtool); the SLO pages will have no data',
      );
      expect(devstack.describe()).toContain(
        'Alertmanager    not started: it only runs beside the dev Prometheus, which is not started',
      );
      expect(devstack.alertmanager.url).toBeUndefined();
      const fault = await fetch(
        `${devstack.kubernetes.url}/__devstack/faults`,
        {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${config.kubernetesToken}`,
            'Content-Type': 'application/json',
          },
          body: JSON.stringify({ target: 'eks-dev', times: 1 }),
        },
      );
      expect(fault.status).toBe(201);
      expect(devstack.kubernetes.listFaults()).toHaveLength(1);
    } finally {
      await devstack.close();
    }
  });

  it('serves the Viridial PagerDuty account with its token, and says where', async () => {
    const config = {
      ...devstackConfigFromEnv({}),
      kubernetesPort: 0,
      argoCdPort: 0,
      pagerDutyPort: 0,
      githubPort: 0,
      prometheus: 'off' as const,
    };
    const devstack = await startDevstack(config, { NODE_ENV: 'development' });
    const { url } = devstack.pagerDuty;
    try {
      expect(devstack.describe()).toContain(
        `PagerDuty API   ${url}  token localplus-devstack-pagerduty-token, the Viridial demo account (5 services, 2 schedules)`,
      );
      const services = await fetch(`${url}/services`, {
        headers: { Authorization: `Token token=${config.pagerDutyToken}` },
      });
      expect(services.status).toBe(200);
      expect(
        (await services.json()).services.map((s: { id: string }) => s.id),
      ).toContain('PVIDEN1');
      expect((await fetch(`${url}/services`)).status).toBe(401);
      const fault = await fetch(`${url}/__devstack/faults`, {
        method: 'POST',
        headers: {
          Authorization: `Token token=${config.pagerDutyToken}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({ target: 'pagerduty', times: 1 }),
      });
      expect(fault.status).toBe(201);
    } finally {
      await devstack.close();
    }
    await expect(fetch(`${url}/services`)).rejects.toThrow();
  });

  it('starts Prometheus with the LOCAL-PLUS traffic and stops it on close', async () => {
    const prometheusDir = await fs.mkdtemp(
      path.join(os.tmpdir(), 'devstack-test-'),
    );
    const config = {
      ...devstackConfigFromEnv({}),
      kubernetesPort: 0,
      argoCdPort: 0,
      pagerDutyPort: 0,
      githubPort: 0,
      prometheus: 'on' as const,
      prometheusPort: 0,
      trafficPort: 0,
      prometheusDir,
      // Covered by startDevstack.alerting.test.ts.
      alertmanager: 'off' as const,
    };
    try {
      const devstack = await startDevstack(config, {
        NODE_ENV: 'development',
        PATH: process.env.PATH,
      });
      const url = devstack.prometheus.stack!.prometheus.url;
      try {
        expect(devstack.describe()).toContainEqual(
          expect.stringMatching(
            /^Prometheus {6}http:\/\/127\.0\.0\.1:\d+ {2}30 days of LOCAL-PLUS traffic, then live \(svc-wallet burning-fast, svc-giftcard feature-freeze\)$/,
          ),
        );
        expect(devstack.describe()).toContain(
          'Alertmanager    not started: DEVSTACK_ALERTMANAGER=off',
        );
        expect(
          await instantValue(
            url,
            'count(http_requests_total)',
            devstack.prometheus.stack!.now,
          ),
        ).toBe(10);
      } finally {
        await devstack.close();
      }
      await expect(fetch(`${url}/-/ready`)).rejects.toThrow();
      // The dev data dir is kept for a look after a run.
      await expect(
        fs.access(path.join(prometheusDir, 'prometheus.yml')),
      ).resolves.toBeUndefined();
    } finally {
      await fs.rm(prometheusDir, { recursive: true, force: true });
    }
  });

  it('fails without Prometheus when told it is required, closing the simulators', async () => {
    const config = {
      ...devstackConfigFromEnv({}),
      kubernetesPort: 0,
      argoCdPort: 0,
      pagerDutyPort: 0,
      githubPort: 0,
      prometheus: 'on' as const,
    };
    await expect(
      startDevstack(config, { NODE_ENV: 'development', PATH: '' }),
    ).rejects.toThrow(
      /DEVSTACK_PROMETHEUS=on, but prometheus and promtool are not both on the PATH/,
    );
  });

  it('refuses to run in production', async () => {
    await expect(
      startDevstack(devstackConfigFromEnv({}), { NODE_ENV: 'production' }),
    ).rejects.toThrow(/development and tests only/);
  });
});

describe('bin/devstack', () => {
  it('prints where it listens and stops cleanly on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      [
        '--require',
        '@backstage/cli-node/config/nodeTransform.cjs',
        'src/bin/devstack.ts',
      ],
      {
        cwd: path.resolve(__dirname, '..'),
        env: {
          ...process.env,
          NODE_ENV: 'development',
          DEVSTACK_KUBERNETES_PORT: '0',
          DEVSTACK_ARGOCD_PORT: '0',
          DEVSTACK_PAGERDUTY_PORT: '0',
          // Covered above; here it would only slow the start down.
          DEVSTACK_PROMETHEUS: 'off',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', chunk => {
      output += chunk;
    });
    child.stderr.on('data', chunk => {
      output += chunk;
    });
    const exited = new Promise<number | null>(resolve =>
      child.on('exit', code => resolve(code)),
    );

    const started = Date.now();
    while (
      !/Argo CD API\s+http/.test(output) &&
      Date.now() - started < 45_000
    ) {
      if (child.exitCode !== null) {
        throw new Error(`devstack exited early:\n${output}`);
      }
      await new Promise(resolve => setTimeout(resolve, 100));
    }
    const kubernetesUrl = /Kubernetes API\s+(http:\/\/\S+)/.exec(output)?.[1];
    expect(kubernetesUrl).toBeDefined();
    expect(
      await (await fetch(`${kubernetesUrl}/clusters/eks-dev/healthz`)).text(),
    ).toBe('ok');

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toContain('SIGTERM received, stopping');
  });
});
