import {
  argocdProbeSlo,
  ledgerSlos,
  ledgerTimeslicesSlo,
  walletSlo,
} from '../__fixtures__/seedSlos';
import { parseOpenSloDocuments } from '../openslo/parseOpenSloDocuments';
import type { OpenSloSlo } from '../openslo/schema';
import { sloQueries } from './sloQueries';

function queriesOf(text: string, name?: string) {
  const slo = parseOpenSloDocuments(text).documents.find(
    d => d.kind === 'SLO' && (!name || d.metadata.name === name),
  ) as OpenSloSlo;
  return sloQueries(slo, slo.spec.objectives[0]);
}

const LEDGER_BAD =
  'sum(rate(http_requests_total{service="svc-ledger",code=~"5.."}[1m]))';
const LEDGER_TOTAL = 'sum(rate(http_requests_total{service="svc-ledger"}[1m]))';

describe('sloQueries', () => {
  it('counts requests for an Occurrences ratio written with bad', () => {
    const queries = queriesOf(ledgerSlos, 'svc-ledger-availability');
    expect(queries.unit).toBe('events');
    expect(queries.sliceWindow).toBeUndefined();
    expect(queries.errorRatio('1m')).toBe(
      `(${LEDGER_BAD} or vector(0)) / ${LEDGER_TOTAL}`,
    );
    // The total query is a per-second rate: events are rate x seconds.
    expect(queries.events('1h')).toBe(
      'sum(rate(http_requests_total{service="svc-ledger"}[1h])) * 3600',
    );
    expect(queries.goodEvents('1h')).toBe(
      '(sum(rate(http_requests_total{service="svc-ledger"}[1h])) - (sum(rate(http_requests_total{service="svc-ledger",code=~"5.."}[1h])) or vector(0))) * 3600',
    );
    expect(queries.totalEvents('30d')).toBe(
      'sum(rate(http_requests_total{service="svc-ledger"}[30d])) * 2592000',
    );
  });

  it('counts requests for an Occurrences ratio written with good', () => {
    const queries = queriesOf(walletSlo);
    expect(queries.errorRatio('5m')).toBe(
      '1 - ((sum(rate(http_requests_total{service="svc-wallet",code!~"5.."}[5m])) or vector(0)) / sum(rate(http_requests_total{service="svc-wallet"}[5m])))',
    );
    expect(queries.goodEvents('2h')).toBe(
      '(sum(rate(http_requests_total{service="svc-wallet",code!~"5.."}[2h])) or vector(0)) * 7200',
    );
    expect(queries.events('2h')).toBe(queries.totalEvents('2h'));
  });

  it('counts slices whose good ratio reaches timeSliceTarget for a Timeslices ratio', () => {
    const queries = queriesOf(ledgerTimeslicesSlo);
    expect(queries.unit).toBe('slices');
    expect(queries.sliceWindow).toBe('1m');
    // Inner ranges use the slice; the subquery steps one slice at a time.
    const goodSlice = `(1 - (${LEDGER_BAD} or vector(0)) / (${LEDGER_TOTAL} > 0)) >= bool 0.99`;
    expect(queries.errorRatio('1h')).toBe(
      `1 - avg_over_time((${goodSlice})[1h:1m])`,
    );
    expect(queries.events('30d')).toBe(
      `count_over_time((${goodSlice})[30d:1m])`,
    );
    expect(queries.goodEvents('1d')).toBe(
      `sum_over_time((${goodSlice})[1d:1m])`,
    );
    // The low-traffic guard still counts requests.
    expect(queries.totalEvents('1h')).toBe(
      'sum(rate(http_requests_total{service="svc-ledger"}[1h])) * 3600',
    );
  });

  it('counts slices that meet the threshold for a threshold metric', () => {
    const queries = queriesOf(argocdProbeSlo);
    const value =
      'max(min_over_time(probe_success{target="argocd-server"}[1m]))';
    expect(queries.unit).toBe('slices');
    expect(queries.errorRatio('6h')).toBe(
      `avg_over_time((${value} < bool 1)[6h:1m])`,
    );
    expect(queries.events('6h')).toBe(`count_over_time((${value})[6h:1m])`);
    expect(queries.goodEvents('6h')).toBe(
      `sum_over_time((1 - (${value} < bool 1))[6h:1m])`,
    );
    expect(queries.totalEvents('6h')).toBeUndefined();
  });

  it('takes any one-unit window, such as the elapsed part of a calendar month', () => {
    const queries = queriesOf(ledgerSlos, 'svc-ledger-availability');
    expect(queries.events('2678400s')).toBe(
      'sum(rate(http_requests_total{service="svc-ledger"}[2678400s])) * 2678400',
    );
    expect(queriesOf(ledgerTimeslicesSlo).events('2678400s')).toMatch(
      /\[2678400s:1m\]\)$/,
    );
  });

  it.each(['', '1h30m', '5m]) or vector(1', '0m', '30 d', '1M', '1e3s'])(
    'refuses the window %j, which would be spliced into PromQL',
    window => {
      const ratio = queriesOf(ledgerSlos, 'svc-ledger-availability');
      const slices = queriesOf(ledgerTimeslicesSlo);
      expect(() => ratio.errorRatio(window)).toThrow(RangeError);
      expect(() => ratio.events(window)).toThrow(RangeError);
      expect(() => slices.errorRatio(window)).toThrow(RangeError);
      expect(() => slices.totalEvents(window)).toThrow(RangeError);
    },
  );
});
