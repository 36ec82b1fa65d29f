import { warnings } from '../../__fixtures__/graph';
import { describeWarning, SentencePart } from './describeWarning';

/** The sentence with each decision and entity written as [id]. */
function flat(parts: SentencePart[]): string {
  return parts
    .map(part => {
      if (typeof part === 'string') return part;
      return 'decision' in part ? `[${part.decision}]` : `[${part.entity}]`;
    })
    .join('');
}

describe('describeWarning', () => {
  it('says which decision cites which superseded one, and its successor', () => {
    const described = describeWarning(warnings[0]);
    expect(described.heading).toBe('Cites a superseded decision');
    expect(flat(described.sentence)).toBe(
      '[component:default/svc-ledger/0002-idempotency-keys] cites [component:default/docs/0009-api-gateway-deferred], which has been superseded by [component:default/docs/0021-envoy-gateway]. Check whether it should cite the successor instead.',
    );
    expect(described.concerns).toEqual([
      'component:default/svc-ledger/0002-idempotency-keys',
      'component:default/docs/0009-api-gateway-deferred',
    ]);
    expect(
      flat(
        describeWarning({ ...warnings[0], successor: undefined } as any)
          .sentence,
      ),
    ).toMatch(/, which has been superseded\.$/);
  });

  it('names the missing successor as the record wrote it', () => {
    expect(flat(describeWarning(warnings[1]).sentence)).toBe(
      '[component:default/docs/0004-cloudflare-at-the-edge] is superseded by “0099-fastly.md”, which is not a decision in the log.',
    );
    expect(
      flat(
        describeWarning({
          type: 'superseded-without-successor',
          decision: 'x:y/z/1',
        }).sentence,
      ),
    ).toBe('[x:y/z/1] is superseded, but no decision in the log replaces it.');
  });

  it('explains a superseded status with no link', () => {
    expect(flat(describeWarning(warnings[2]).sentence)).toBe(
      '[component:default/svc-ledger/0003-orchestrated-saga] says it is superseded, but names no successor and no decision says it supersedes it.',
    );
  });

  it('lists every decision sharing a number in one folder', () => {
    const described = describeWarning(warnings[3]);
    expect(flat(described.sentence)).toBe(
      '2 decisions of [component:default/svc-ledger] are numbered ADR-0003: [component:default/svc-ledger/0003-orchestrated-saga], [component:default/svc-ledger/0003-outbox].',
    );
    expect(described.concerns).toHaveLength(2);
  });

  it('quotes the status that disagrees when it is known', () => {
    expect(flat(describeWarning(warnings[4], () => 'accepted').sentence)).toBe(
      '[component:default/docs/0021-envoy-gateway] supersedes [component:default/docs/0005-central-argocd], yet its status still says Accepted.',
    );
    expect(flat(describeWarning(warnings[4]).sentence)).toMatch(
      /yet its status does not say superseded\.$/,
    );
  });
});
