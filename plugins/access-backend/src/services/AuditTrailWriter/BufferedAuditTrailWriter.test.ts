import { auditEvent } from '../../__testUtils__/auditEventFixture';
import { recordingLogger } from '../../__testUtils__/recordingLogger';
import type { AuditTrailStore, NewAuditEvent } from '../AuditTrailStore';
import { BufferedAuditTrailWriter } from './BufferedAuditTrailWriter';

/** A store that records the batches it is given, and can be made to fail. */
function recordingStore() {
  const batches: NewAuditEvent[][] = [];
  const state = { failing: false };
  const store: AuditTrailStore = {
    async append(events) {
      if (state.failing) throw new Error('connection refused');
      batches.push([...events]);
      return [];
    },
    list: async () => ({ events: [] }),
    purgeOlderThan: async () => 0,
  };
  return { store, batches, state };
}

describe('BufferedAuditTrailWriter', () => {
  it('writes what arrives within the interval in one batch', async () => {
    const { store, batches } = recordingStore();
    const writer = new BufferedAuditTrailWriter({
      store,
      logger: recordingLogger(),
      flushIntervalMs: 20,
    });
    writer.add(auditEvent({ detail: 'a' }));
    writer.add(auditEvent({ detail: 'b' }));
    expect(batches).toEqual([]);
    await new Promise(resolve => setTimeout(resolve, 60));
    expect(batches.map(b => b.map(e => e.detail))).toEqual([['a', 'b']]);
  });

  it('writes at once when a batch is full, in arrival order', async () => {
    const { store, batches } = recordingStore();
    const writer = new BufferedAuditTrailWriter({
      store,
      logger: recordingLogger(),
      batchSize: 2,
      flushIntervalMs: 60_000,
    });
    for (const detail of ['1', '2', '3', '4', '5']) {
      writer.add(auditEvent({ detail }));
    }
    await writer.stop();
    expect(batches.map(b => b.map(e => e.detail))).toEqual([
      ['1', '2'],
      ['3', '4'],
      ['5'],
    ]);
  });

  it('bounds its buffer while the database is down, and says how many it lost', async () => {
    const { store, batches, state } = recordingStore();
    const logger = recordingLogger();
    const writer = new BufferedAuditTrailWriter({
      store,
      logger,
      maxBuffered: 3,
      flushIntervalMs: 60_000,
    });
    state.failing = true;
    for (let i = 0; i < 5; i++) writer.add(auditEvent());
    await writer.flush();
    state.failing = false;
    writer.add(auditEvent({ detail: 'after' }));
    await writer.flush();

    expect(batches.map(b => b.map(e => e.detail))).toEqual([['after']]);
    expect(logger.lines.map(l => l.message)).toEqual([
      'The audit trail dropped 2 events: its buffer was full while the database was slow or down',
      'Could not store 3 audit events',
    ]);
  });

  it('writes the rest on stop and refuses what comes after', async () => {
    const { store, batches } = recordingStore();
    const logger = recordingLogger();
    const writer = new BufferedAuditTrailWriter({
      store,
      logger,
      flushIntervalMs: 60_000,
    });
    writer.add(auditEvent({ detail: 'last' }));
    await writer.stop();
    writer.add(auditEvent({ detail: 'late' }));
    await writer.flush();
    expect(batches.map(b => b.map(e => e.detail))).toEqual([['last']]);
    expect(logger.lines[0].message).toContain('arrived after shutdown');
  });
});
