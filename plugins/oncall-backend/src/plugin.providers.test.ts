import { createBackendModule } from '@backstage/backend-plugin-api';
import { mockCredentials } from '@backstage/backend-test-utils';
import {
  parseRotationFile,
  ScheduleOverride,
} from '@localplus/plugin-oncall-common';
import {
  OnCallProvider,
  onCallProvidersExtensionPoint,
} from '@localplus/plugin-oncall-node';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { onCallCatalog, user } from './__testUtils__/onCallCatalog';
import { weeklyRotationYaml } from './__testUtils__/rotationFiles';
import { startOnCallBackend } from './__testUtils__/startOnCallBackend';

jest.setTimeout(60_000);

const PAGERDUTY = 'pagerduty-PABC123';
const PROVIDER_OVERRIDE: ScheduleOverride = {
  id: 'PD-OVERRIDE-1',
  rotation: PAGERDUTY,
  role: 'primary',
  start: '2026-12-08T09:00:00.000Z',
  end: '2026-12-09T09:00:00.000Z',
  user: user('eve'),
  reason: 'Set in PagerDuty',
  createdBy: 'pagerduty',
  createdAt: '2026-12-01T00:00:00.000Z',
};

/** A provider as a module would add it: one rotation, with its own override. */
function pagerDutyLike(id = 'pagerduty'): OnCallProvider {
  // Files take DNS labels; a provider names its rotations as it likes.
  const parsed = parseRotationFile(weeklyRotationYaml({ name: 'pd' }), {
    source: 'https://example.pagerduty.com/schedules/PABC123',
    owner: 'group:default/team-orphan',
  });
  // It answers for svc-minor through the PagerDuty service mapping alone.
  const definition = {
    ...parsed.definition!,
    name: PAGERDUTY,
    covers: ['group:default/nobody'],
  };
  return {
    id,
    async listRotations() {
      return {
        rotations: [
          {
            provider: id,
            source: 'https://example.pagerduty.com/schedules/PABC123',
            definition,
            coveredEntities: ['component:default/svc-minor'],
            providerOverrides: [PROVIDER_OVERRIDE],
          },
        ],
        problems: [],
      };
    },
  };
}

function providerModule(moduleId: string, provider: OnCallProvider) {
  return createBackendModule({
    pluginId: 'oncall',
    moduleId,
    register(reg) {
      reg.registerInit({
        deps: { providers: onCallProvidersExtensionPoint },
        async init({ providers }) {
          providers.addProvider(provider);
        },
      });
    },
  });
}

describe('on-call providers added by modules', () => {
  let folder: string;

  beforeAll(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), 'oncall-providers-'));
  });

  afterAll(async () => {
    await fs.rm(folder, { recursive: true, force: true });
  });

  it("shows a provider's rotation and overrides, read-only", async () => {
    const { backend } = await startOnCallBackend({
      entities: await onCallCatalog(folder),
      clock: { at: new Date('2026-12-04T12:00:00.000Z') },
      features: [providerModule('pagerduty', pagerDutyLike())],
    });
    try {
      const as = mockCredentials.user.header(user('alice'));
      const summary = await request(backend.server)
        .get(`/api/oncall/rotations/${PAGERDUTY}`)
        .set('Authorization', as);
      expect(summary.body).toMatchObject({
        provider: 'pagerduty',
        callerIsChanger: false,
      });

      const schedule = await request(backend.server)
        .get(
          `/api/oncall/rotations/${PAGERDUTY}/schedule?from=2026-12-08T00:00:00Z&to=2026-12-10T00:00:00Z`,
        )
        .set('Authorization', as);
      expect(schedule.body.overrides).toEqual([PROVIDER_OVERRIDE]);
      expect(
        schedule.body.shifts
          .filter((s: any) => s.role === 'primary')
          .map((s: any) => s.user),
      ).toEqual([user('diana'), user('eve'), user('diana')]);

      const card = await request(backend.server)
        .get('/api/oncall/entity/component/default/svc-minor')
        .set('Authorization', as);
      expect(card.body.rotations.map((r: any) => r.summary.name)).toEqual([
        PAGERDUTY,
      ]);

      const create = await request(backend.server)
        .post(`/api/oncall/rotations/${PAGERDUTY}/overrides`)
        .set('Authorization', as)
        .send({
          role: 'primary',
          start: '2026-12-10T09:00:00Z',
          end: '2026-12-11T09:00:00Z',
          user: 'bob',
          reason: 'r',
        });
      expect(create.status).toBe(400);
      expect(create.body.error.message).toBe(
        `The rotation ${PAGERDUTY} comes from pagerduty, which keeps its own overrides: change them in pagerduty`,
      );

      const cancel = await request(backend.server)
        .delete('/api/oncall/overrides/PD-OVERRIDE-1')
        .set('Authorization', as)
        .send({ reason: 'r' });
      expect(cancel.status).toBe(400);
      expect(cancel.body.error.message).toMatch(
        /kept by pagerduty for pagerduty-PABC123 and is read-only here/,
      );
    } finally {
      await backend.stop();
    }
  });

  it.each([
    ['a second provider with the same id', 'pagerduty'],
    ['a provider calling itself native', 'native'],
  ])('refuses %s at startup', async (_, id) => {
    await expect(
      startOnCallBackend({
        entities: [],
        clock: { at: new Date() },
        features: [
          providerModule('first', pagerDutyLike()),
          providerModule('second', pagerDutyLike(id)),
        ],
      }),
    ).rejects.toThrow(
      `An on-call provider with id "${id}" is already installed`,
    );
  });
});
