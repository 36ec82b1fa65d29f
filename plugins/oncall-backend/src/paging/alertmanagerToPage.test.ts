import { TestDatabases } from '@backstage/backend-test-utils';
import { onCallAt, type OnCallPage } from '@localplus/plugin-oncall-common';
import {
  listen,
  startAlertmanager,
  startPrometheus,
  type RunningAlertmanager,
  type RunningPrometheus,
  type RunningServer,
} from '@localplus/server-kit';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { localplusWeekly } from './__testUtils__/fakeRotationService';
import {
  createPagingHarness,
  migrate,
  WEBHOOK_SECRET,
} from './__testUtils__/pagingHarness';
import { stringify } from 'yaml';
import { WEBHOOK_PATH } from './routes/webhookRoute';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

/** The SLO burn-rate alert of svc-ledger, firing from the first evaluation. */
const RULES = {
  groups: [
    {
      name: 'oncall-paging-test',
      interval: '1s',
      rules: [
        {
          alert: 'SloErrorBudgetBurn',
          expr: 'vector(1)',
          labels: {
            service: 'svc-ledger',
            severity: 'page',
            slo: 'ledger-availability',
          },
          annotations: {
            summary:
              'ledger-availability (svc-ledger) is burning its error budget 14.4x too fast',
            runbook_url: 'https://docs.localplus.io/runbooks/svc-ledger',
          },
        },
      ],
    },
  ],
};

async function poll<T>(
  read: () => Promise<T | undefined>,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`Nothing arrived within ${timeoutMs} ms`);
    }
    await new Promise(resolve => setTimeout(resolve, 250));
  }
}

describe('pages from a real Prometheus through a real Alertmanager', () => {
  let harness: ReturnType<typeof createPagingHarness>;
  let portal: RunningServer | undefined;
  let alertmanager: RunningAlertmanager | undefined;
  let prometheus: RunningPrometheus | undefined;
  let secretDir: string | undefined;

  beforeAll(async () => {
    harness = createPagingHarness({
      knex: await migrate(await databases.init('SQLITE_3')),
    });
    portal = await listen(harness.app, '127.0.0.1', 0);
    // As in production: the secret reaches Alertmanager as a file.
    secretDir = await fs.mkdtemp(path.join(os.tmpdir(), 'oncall-webhook-'));
    const credentialsFile = path.join(secretDir, 'webhook-secret');
    await fs.writeFile(credentialsFile, `${WEBHOOK_SECRET}\n`, { mode: 0o600 });
    alertmanager = await startAlertmanager({
      config: {
        route: {
          receiver: 'oncall-portal',
          group_by: ['alertname', 'service'],
          group_wait: '1s',
          group_interval: '1s',
          repeat_interval: '1h',
        },
        receivers: [
          {
            name: 'oncall-portal',
            webhook_configs: [
              {
                url: `${portal.url}${WEBHOOK_PATH}`,
                send_resolved: true,
                http_config: {
                  authorization: {
                    type: 'Bearer',
                    credentials_file: credentialsFile,
                  },
                },
              },
            ],
          },
        ],
      },
    });
    const rulesFile = path.join(secretDir, 'rules.yml');
    await fs.writeFile(rulesFile, stringify(RULES));
    prometheus = await startPrometheus({
      ruleFiles: [rulesFile],
      evaluationIntervalSeconds: 1,
      alertmanagers: [`127.0.0.1:${alertmanager.port}`],
    });
  });

  afterAll(async () => {
    await prometheus?.stop();
    await alertmanager?.stop();
    await portal?.close();
    if (secretDir) {
      await fs.rm(secretDir, { recursive: true, force: true });
    }
  });

  it('records the page with the person on call when it fired, then escalates to the secondary', async () => {
    const { pageStore, escalator } = harness.parts;
    const page: OnCallPage = await poll(
      async () => (await pageStore.list({}))[0],
      60_000,
    );

    const definition = localplusWeekly();
    const atFiring = onCallAt(definition, [], page.firedAt);
    expect(page).toMatchObject({
      alertName: 'SloErrorBudgetBurn',
      entityRef: 'component:default/svc-ledger',
      severity: 'P2',
      rotation: 'localplus-weekly',
      primary: atFiring.primary!.user,
      secondary: atFiring.secondary!.user,
      acknowledgeTargetMinutes: 15,
      runbookUrl: 'https://docs.localplus.io/runbooks/svc-ledger',
      labels: expect.objectContaining({
        service: 'svc-ledger',
        slo: 'ledger-availability',
      }),
    });
    expect(page.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(page.generatorUrl).toMatch(/^http:\/\/.*graph\?g0\.expr=vector/);
    expect(page.notified.map(n => n.step)).toEqual([0]);
    expect(harness.auditor.events.map(e => e.eventId)).toEqual(['page-create']);

    const later = new Date(Date.parse(page.firedAt) + 16 * 60_000);
    await escalator.escalateAll(later);
    const escalated = (await pageStore.get(page.id))!;
    const atEscalation = onCallAt(definition, [], later.toISOString());
    expect(escalated.escalationStep).toBe(1);
    expect(escalated.notified[1]).toEqual({
      step: 1,
      people: [atEscalation.secondary!.user],
      at: later.toISOString(),
    });
    // One alert, one page, however often Prometheus re-sent it.
    expect(await pageStore.list({})).toHaveLength(1);
  });
});
