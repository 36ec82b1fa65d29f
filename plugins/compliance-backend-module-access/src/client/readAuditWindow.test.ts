import type { AccessApiClient } from './AccessApiClient';
import { MAX_AUDIT_PAGES, readAuditWindow } from './readAuditWindow';

const MINUTE = 60_000;
const TO = new Date('2026-12-05T00:00:00.000Z');
const FROM = new Date(TO.getTime() - 60 * MINUTE);

/**
 * A trail of events one minute apart, newest first from `newest`, served in
 * pages of `pageSize` the way the Access backend pages (`before`,
 * `nextBefore`), recording each `before` asked.
 */
function trail(count: number, newest: Date, pageSize = 10) {
  const events = Array.from({ length: count }, (_, i) => ({
    id: `e${i}`,
    at: new Date(newest.getTime() - i * MINUTE).toISOString(),
    actor: 'user:default/aude',
    action: 'catalog.entity.delete',
  }));
  const asked: string[] = [];
  const client = {
    async auditPage({ before }: { before: string }) {
      asked.push(before);
      const [at, id] = before.split('~');
      const start = id
        ? events.findIndex(e => e.id === id) + 1
        : events.findIndex(e => Date.parse(e.at) < Date.parse(at));
      const page = start < 0 ? [] : events.slice(start, start + pageSize);
      const last = page[page.length - 1];
      const more = start >= 0 && start + pageSize < events.length;
      return {
        events: page,
        ...(more && last && { nextBefore: `${last.at}~${last.id}` }),
      };
    },
  } as unknown as AccessApiClient;
  return { client, asked };
}

const signal = new AbortController().signal;

describe('readAuditWindow', () => {
  it('counts the events of the window across pages and stops at the first older one', async () => {
    // 90 events from 5 minutes before the end: 56 in the hour.
    const { client, asked } = trail(90, new Date(TO.getTime() - 5 * MINUTE));
    const sample = await readAuditWindow(
      client,
      { from: FROM, to: TO },
      signal,
    );
    expect(sample).toEqual({
      eventsInWindow: 56,
      capped: false,
      newestAt: '2026-12-04T23:55:00.000Z',
    });
    expect(asked[0]).toBe(TO.toISOString());
    expect(asked).toHaveLength(6);
  });

  it('stops after its page cap and says the count is a floor', async () => {
    const { client, asked } = trail(500, new Date(TO.getTime() - MINUTE), 2);
    const sample = await readAuditWindow(
      client,
      { from: FROM, to: TO },
      signal,
    );
    expect(sample).toMatchObject({
      eventsInWindow: 2 * MAX_AUDIT_PAGES,
      capped: true,
    });
    expect(asked).toHaveLength(MAX_AUDIT_PAGES);
  });

  it('finds the newest event when the window holds none', async () => {
    const { client } = trail(3, new Date(FROM.getTime() - 10 * MINUTE));
    expect(
      await readAuditWindow(client, { from: FROM, to: TO }, signal),
    ).toEqual({
      eventsInWindow: 0,
      capped: false,
      newestAt: '2026-12-04T22:50:00.000Z',
    });
  });

  it('reads an empty trail as no event at all', async () => {
    const { client } = trail(0, TO);
    expect(
      await readAuditWindow(client, { from: FROM, to: TO }, signal),
    ).toEqual({
      eventsInWindow: 0,
      capped: false,
      newestAt: undefined,
    });
  });
});
