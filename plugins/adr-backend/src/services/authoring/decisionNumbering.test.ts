import { decisionFileName, nextDecisionNumber } from './decisionNumbering';

describe('nextDecisionNumber', () => {
  it('is one more than the highest number, and 1 for a first record', () => {
    expect(nextDecisionNumber([])).toBe(1);
    expect(nextDecisionNumber([{}, {}])).toBe(1);
    expect(
      nextDecisionNumber([{ number: 3 }, { number: 20 }, {}, { number: 7 }]),
    ).toBe(21);
  });

  it('ignores numbers that are not whole and positive', () => {
    expect(
      nextDecisionNumber([
        { number: -4 },
        { number: 2.5 },
        { number: Number.NaN },
        { number: Infinity },
        { number: 2 },
      ]),
    ).toBe(3);
  });
});

describe('decisionFileName', () => {
  it('pads the number and slugs the title', () => {
    expect(decisionFileName(21, 'Use Kafka for audit events')).toBe(
      '0021-use-kafka-for-audit-events.md',
    );
    expect(decisionFileName(12345, 'Big log')).toBe('12345-big-log.md');
  });

  it('keeps ASCII letters and digits only, accents dropped', () => {
    expect(
      decisionFileName(3, '  Égalité: déploiement via Argo CD (v2)!  '),
    ).toBe('0003-egalite-deploiement-via-argo-cd-v2.md');
  });

  it('never carries a path character, a dot segment or an empty slug', () => {
    for (const title of [
      '../../etc/passwd',
      'a/b\\c',
      '..',
      '日本語の決定',
      '---',
      '\u0000\n',
    ]) {
      const name = decisionFileName(1, title);
      expect(name).toMatch(/^0001-[a-z0-9]+(?:-[a-z0-9]+)*\.md$/);
    }
    expect(decisionFileName(1, '日本語の決定')).toBe('0001-decision.md');
    expect(decisionFileName(1, '../../etc/passwd')).toBe('0001-etc-passwd.md');
  });

  it('cuts the slug at 60 characters without a trailing hyphen', () => {
    const name = decisionFileName(
      1,
      'Adopt an event sourced ledger for gift card balances across every region and tier',
    );
    const slug = name.slice(5, -3);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe(
      'adopt-an-event-sourced-ledger-for-gift-card-balances-across',
    );
  });

  it('refuses numbers that are not whole and positive', () => {
    for (const number of [
      0,
      -1,
      1.5,
      Number.NaN,
      Number.MAX_SAFE_INTEGER + 2,
    ]) {
      expect(() => decisionFileName(number, 'x')).toThrow(RangeError);
    }
  });
});
