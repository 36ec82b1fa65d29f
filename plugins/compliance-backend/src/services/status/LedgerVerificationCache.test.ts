import type { LedgerVerification } from '@localplus/plugin-compliance-common';
import { LedgerVerificationCache } from './LedgerVerificationCache';

function setUp() {
  let head: { sequence: number; hash: string } | undefined = {
    sequence: 5,
    hash: 'a'.repeat(64),
  };
  let clock = 0;
  let walks = 0;
  let answer: Partial<LedgerVerification> = { ok: true };
  const cache = new LedgerVerificationCache({
    verify: async () => {
      walks += 1;
      if (answer.ok === undefined) throw new Error('database gone');
      return {
        records: head?.sequence ?? 0,
        headSequence: head?.sequence ?? 0,
        headHash: head?.hash ?? '0'.repeat(64),
        verifiedAt: `walk ${walks}`,
        ...answer,
      } as LedgerVerification;
    },
    head: async () => head,
    maxAgeMs: 1000,
    clock: () => clock,
  });
  return {
    cache,
    walks: () => walks,
    moveHead: (sequence: number) => {
      head = { sequence, hash: String(sequence).padStart(64, 'b') };
    },
    age: (ms: number) => {
      clock += ms;
    },
    answer: (next: Partial<LedgerVerification>) => {
      answer = next;
    },
  };
}

describe('LedgerVerificationCache', () => {
  it('walks the chain once per head while the answer is young', async () => {
    const t = setUp();
    await t.cache.current();
    await t.cache.current();
    t.age(1000);
    await t.cache.current();
    expect(t.walks()).toBe(1);

    t.moveHead(6);
    expect((await t.cache.current()).headSequence).toBe(6);
    expect(t.walks()).toBe(2);
  });

  it('walks again when the answer is older than the limit, head unchanged', async () => {
    const t = setUp();
    await t.cache.current();
    t.age(1001);
    await t.cache.current();
    expect(t.walks()).toBe(2);
  });

  it('asks the chain on every explicit verification and remembers that answer', async () => {
    const t = setUp();
    await t.cache.current();
    t.answer({
      ok: false,
      firstBroken: { sequence: 3, reason: 'hash-mismatch', message: 'edited' },
    });
    const explicit = await t.cache.verifyNow();
    expect(explicit.firstBroken?.sequence).toBe(3);
    expect(await t.cache.current()).toBe(explicit);
    expect(t.walks()).toBe(2);
  });

  it('shares one walk between callers arriving together', async () => {
    const t = setUp();
    await Promise.all([
      t.cache.current(),
      t.cache.current(),
      t.cache.current(),
    ]);
    expect(t.walks()).toBe(1);
  });

  it('does not remember a walk that failed', async () => {
    const t = setUp();
    t.answer({ ok: undefined });
    await expect(t.cache.current()).rejects.toThrow('database gone');
    t.answer({ ok: true });
    expect((await t.cache.current()).ok).toBe(true);
    expect(t.walks()).toBe(2);
  });
});
