import { mockCredentials } from '@backstage/backend-test-utils';
import fs from 'node:fs';
import request from 'supertest';
import { CONTROL_FILES } from './__testUtils__/startComplianceBackend';
import { createTestCollector, startComplianceTestBackend } from './testUtils';

jest.setTimeout(60_000);

describe('startComplianceTestBackend', () => {
  it('evaluates the given collectors when asked, and cleans up after itself', async () => {
    let tier: 'pass' | 'fail' = 'fail';
    const collector = createTestCollector({
      id: 'catalog',
      checks: ['owner', 'tier'],
      observations: () => [
        {
          check: 'catalog.tier',
          subject: 'component:default/svc-ledger',
          entityRef: 'component:default/svc-ledger',
          result: tier,
          summary: `The tier check says ${tier}`,
          method: 'examine',
          examined: [
            { type: 'catalog-entity', ref: 'component:default/svc-ledger' },
          ],
        },
      ],
    });
    const harness = await startComplianceTestBackend({
      controlFiles: CONTROL_FILES,
      collectors: [collector],
    });
    const statusOfTier = async () => {
      // Without roles the permission framework is off: any credentials do.
      const response = await request(harness.server)
        .get('/api/compliance/controls/service-tier')
        .set('Authorization', mockCredentials.user.header());
      return response.body.summary.status;
    };
    try {
      expect(await statusOfTier()).toBe('not-evaluated');
      await harness.runEvaluation();
      expect(await statusOfTier()).toBe('not-satisfied');
      tier = 'pass';
      await harness.runEvaluation();
      expect(await statusOfTier()).toBe('satisfied');
      expect(collector.contexts).toHaveLength(2);
      expect(collector.contexts[0].requested.map(e => e.check)).toEqual([
        'catalog.owner',
        'catalog.tier',
        'catalog.erasure-procedure',
      ]);
    } finally {
      await harness.stop();
    }
    expect(fs.existsSync(harness.rootDir)).toBe(false);
  });

  it('writes control documents given as objects', async () => {
    const harness = await startComplianceTestBackend({
      controlFiles: {
        'framework.yaml': [
          {
            apiVersion: 'compliance.localplus.io/v1',
            kind: 'Framework',
            metadata: { id: 'iso27001', title: 'ISO 27001' },
            spec: { requirements: [{ id: 'A.5.15', title: 'Access control' }] },
          },
        ],
      },
    });
    try {
      const response = await request(harness.server)
        .get('/api/compliance/frameworks')
        .set('Authorization', mockCredentials.service.header());
      expect(response.body.items).toEqual([
        expect.objectContaining({ id: 'iso27001', title: 'ISO 27001' }),
      ]);
    } finally {
      await harness.stop();
    }
  });
});
