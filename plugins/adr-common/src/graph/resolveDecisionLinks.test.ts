import type { DecisionSummary } from '../api/types';
import { aDecision, DOCS, LEDGER, link } from './__testUtils__/decisionBuilder';
import { resolveDecisionLinks } from './resolveDecisionLinks';

const kafka = aDecision(DOCS, '0012-use-kafka.md');
const argo = aDecision(DOCS, '0005-central-argocd.md');
const ledgerKafka = aDecision(LEDGER, '0012-use-kafka.md');

/** The id each of `source`'s links resolves to, in order. */
function resolvedTargets(
  source: DecisionSummary,
  others: DecisionSummary[],
): Array<string | undefined> {
  const resolved = resolveDecisionLinks([source, ...others]);
  return resolved[0].links.map(l => l.decisionId);
}

function citing(entityRef: string, ...targets: string[]) {
  return aDecision(entityRef, '0030-citing.md', {
    links: targets.map(target => link('relates-to', target)),
  });
}

describe('resolveDecisionLinks', () => {
  it('resolves file names and relative paths within the same folder', () => {
    const source = citing(
      DOCS,
      '0012-use-kafka.md',
      './0012-use-kafka.md',
      '../adr/0012-use-kafka.md',
      '0012-use-kafka.md#decision-outcome',
      './0012%2Duse-kafka.md',
    );
    expect(resolvedTargets(source, [kafka, ledgerKafka])).toEqual(
      Array(5).fill(kafka.id),
    );
  });

  it('does not follow a relative path into another folder', () => {
    const source = citing(
      DOCS,
      '../decisions/0012-use-kafka.md',
      'sub/0012-use-kafka.md',
      '../../adr/0012-use-kafka.md',
      '/adr/0012-use-kafka.md',
    );
    expect(resolvedTargets(source, [kafka])).toEqual(Array(4).fill(undefined));
  });

  it("accepts `../<folder>/` when the source's location does not show its folder", () => {
    const source = {
      ...citing(DOCS, '../adr/0012-use-kafka.md'),
      location: '0030-citing.md',
    };
    expect(resolvedTargets(source, [kafka])).toEqual([kafka.id]);
  });

  it("never resolves a file name to another entity's decision", () => {
    const source = citing(LEDGER, '0005-central-argocd.md');
    expect(resolvedTargets(source, [argo])).toEqual([undefined]);
  });

  it('resolves numbers in every written form within the same entity', () => {
    const source = citing(
      DOCS,
      'ADR-0012',
      'ADR 12',
      '12',
      'adr_0012',
      'ADR0012',
    );
    expect(resolvedTargets(source, [kafka, argo, ledgerKafka])).toEqual(
      Array(5).fill(kafka.id),
    );
  });

  it('leaves numbers unresolved in another entity or when two decisions share them', () => {
    const twin = aDecision(DOCS, '0012-use-pulsar.md');
    expect(resolvedTargets(citing(LEDGER, 'ADR-5'), [argo])).toEqual([
      undefined,
    ]);
    expect(resolvedTargets(citing(DOCS, 'ADR-12'), [kafka, twin])).toEqual([
      undefined,
    ]);
    expect(resolvedTargets(citing(DOCS, 'ADR-99'), [kafka])).toEqual([
      undefined,
    ]);
  });

  it("resolves a URL equal to any entity's decision location, fragment aside", () => {
    const source = citing(
      LEDGER,
      argo.location,
      `${argo.location}#consequences`,
      `  ${argo.location}  `,
    );
    expect(resolvedTargets(source, [argo])).toEqual(Array(3).fill(argo.id));
  });

  it('compares relative locations only within the same entity', () => {
    const local = { ...argo, location: 'adr/0005-central-argocd.md' };
    expect(
      resolvedTargets(citing(LEDGER, 'adr/0005-central-argocd.md'), [local]),
    ).toEqual([undefined]);
    expect(
      resolvedTargets(citing(DOCS, 'adr/0005-central-argocd.md'), [local]),
    ).toEqual([argo.id]);
  });

  it('never resolves a link to its own decision', () => {
    const self = aDecision(DOCS, '0012-use-kafka.md', {
      links: [
        link('superseded-by', 'ADR-0012'),
        link('relates-to', '0012-use-kafka.md'),
        link('relates-to', kafka.location),
      ],
    });
    expect(resolveDecisionLinks([self])[0].links).toEqual(self.links);
  });

  it('drops stale ids, copies instead of changing the input, and can run again', () => {
    const source = aDecision(DOCS, '0030-citing.md', {
      links: [
        { kind: 'relates-to', target: 'ADR-77', decisionId: 'gone' },
        link('amends', 'ADR-5'),
      ],
    });
    const input = [source, argo];
    const snapshot = JSON.parse(JSON.stringify(input));
    const once = resolveDecisionLinks(input);
    expect(input).toEqual(snapshot);
    expect(once[0].links).toEqual([
      { kind: 'relates-to', target: 'ADR-77' },
      { kind: 'amends', target: 'ADR-5', decisionId: argo.id },
    ]);
    expect(resolveDecisionLinks(once)).toEqual(once);
  });

  it('leaves hostile and malformed targets unresolved without throwing', () => {
    const source = citing(
      DOCS,
      '',
      '   ',
      '#decision-outcome',
      '%E0%A4%A.md',
      '../../../../etc/passwd',
      '..',
      'data:text/html,<script>alert(1)</script>',
      'ADR-99999999999999999999',
      `${'a/'.repeat(5000)}0012-use-kafka.md`,
      'https://[::1',
    );
    expect(resolvedTargets(source, [kafka])).toEqual(Array(10).fill(undefined));
  });

  it('compares entity refs and file names without regard to case', () => {
    const source = citing('Component:default/Docs', '0012-USE-KAFKA.md');
    expect(resolvedTargets(source, [kafka])).toEqual([kafka.id]);
  });
});
