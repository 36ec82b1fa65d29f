import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { startAdrTestBackend } from './testUtils';

jest.setTimeout(60_000);

const MADR_4 = `---
status: accepted
date: 2026-01-10
decision-makers: [Marc Lefèvre]
---
# Use Kafka for audit events

## Context and Problem Statement

Audit events need a durable, ordered log.

## Decision Outcome

Chosen option: Kafka.
`;

describe('startAdrTestBackend', () => {
  it('indexes the given folders with the built-in parsers before it resolves', async () => {
    const harness = await startAdrTestBackend({
      folders: [
        {
          entity: { name: 'docs', system: 'localplus-platform' },
          files: { '0001-use-kafka.md': MADR_4 },
        },
      ],
    });
    try {
      const response = await request(harness.server)
        .get('/api/adr/decisions')
        .set('Authorization', mockCredentials.service.header());
      expect(response.status).toBe(200);
      expect(response.body.decisions).toEqual([
        expect.objectContaining({
          id: 'component:default/docs/0001-use-kafka',
          title: 'Use Kafka for audit events',
          status: 'accepted',
          date: '2026-01-10',
          decisionMakers: ['Marc Lefèvre'],
          system: 'system:default/localplus-platform',
        }),
      ]);
    } finally {
      await harness.stop();
    }
  });
});
