import { mockCredentials } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
// Test code may start another plugin's backend: it is the real source the
// collector reads.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import oncallPlugin from '@localplus/plugin-oncall-backend';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { onCallOrganisation } from './onCallOrganisation';
import { startCollectorBackend } from './startCollectorBackend';

const WEBHOOK_SECRET = 'compliance-test-webhook-secret';
const MINUTE_MS = 60_000;

/** A page to raise: how long ago it fired, for what, how severe. */
export interface TestAlert {
  firedMinutesAgo: number;
  priority: 'P1' | 'P2' | 'P3' | 'P4';
  /** The `service` label: a component in the default namespace. */
  service?: string;
  /** Acknowledged now, by Alice, through the portal's route. */
  acknowledge?: boolean;
}

/**
 * The real on-call backend over the tests' organisation (rotation files
 * on disk, the catalog test double), beside the collector module. Pages
 * arrive as Alertmanager posts them (the webhook) and are acknowledged
 * through the route a person's click calls.
 */
export async function startOnCallStack() {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'compliance-oncall-'));
  try {
    const entities = await onCallOrganisation(folder);
    const { backend, collector } = await startCollectorBackend({
      features: [oncallPlugin, catalogServiceMock.factory({ entities })],
      config: {
        oncall: {
          coverageWeeks: 2,
          pages: { webhookSecret: WEBHOOK_SECRET },
        },
      },
    });
    const oncallUrl = `http://localhost:${backend.server.port()}/api/oncall`;
    const call = async (route: string, init: RequestInit = {}) => {
      const response = await fetch(`${oncallUrl}${route}`, init);
      if (!response.ok) {
        throw new Error(
          `${route}: ${response.status} ${await response.text()}`,
        );
      }
      return response.json();
    };

    return {
      collector,
      oncallUrl,
      /** Resolves once the backend has read the rotation files. */
      async rotationsRead(count: number) {
        for (let attempt = 0; attempt < 100; attempt++) {
          const { rotations } = await call('/rotations', {
            headers: { authorization: mockCredentials.service.header() },
          });
          if (rotations.length >= count) return;
          await new Promise(resolve => setTimeout(resolve, 100));
        }
        throw new Error('The on-call backend never read the rotations');
      },
      async raise(alerts: TestAlert[]) {
        const now = Date.now();
        await call('/webhook/alertmanager', {
          method: 'POST',
          headers: {
            authorization: `Bearer ${WEBHOOK_SECRET}`,
            'content-type': 'application/json',
          },
          body: JSON.stringify({
            version: '4',
            status: 'firing',
            receiver: 'oncall-portal',
            alerts: alerts.map((alert, i) => ({
              status: 'firing',
              labels: {
                alertname: `TestAlert${i}`,
                priority: alert.priority,
                ...(alert.service ? { service: alert.service } : {}),
              },
              annotations: { summary: `Test alert ${i}` },
              startsAt: new Date(
                now - alert.firedMinutesAgo * MINUTE_MS,
              ).toISOString(),
              fingerprint: (0xa000 + i).toString(16),
            })),
          }),
        });
        const pages: Array<{ id: string; alertName: string }> = await call(
          '/pages?status=all&limit=1000',
          { headers: { authorization: mockCredentials.service.header() } },
        );
        for (const [i, alert] of alerts.entries()) {
          if (!alert.acknowledge) continue;
          const page = pages.find(p => p.alertName === `TestAlert${i}`)!;
          await call(`/pages/${page.id}/acknowledge`, {
            method: 'POST',
            headers: {
              authorization: mockCredentials.user.header('user:default/alice'),
            },
          });
        }
      },
      async stop() {
        await backend.stop();
        await fs.rm(folder, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await fs.rm(folder, { recursive: true, force: true });
    throw error;
  }
}
