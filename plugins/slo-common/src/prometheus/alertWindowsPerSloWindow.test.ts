import {
  calendarMonth,
  checkoutSlo,
  rolling,
  sliceObjective,
} from '../__fixtures__/alertWindowSlos';
import { durationToSeconds } from '../openslo/durations';
import { parseOpenSloDocuments } from '../openslo/parseOpenSloDocuments';
import type { OpenSloSlo } from '../openslo/schema';
import {
  AlertingRule,
  generatePrometheusRules,
  RecordingRule,
} from './generatePrometheusRules';
import { missingRecordings } from './missingRecordings';

function sloOf(text: string): OpenSloSlo {
  const { documents, problems } = parseOpenSloDocuments(text);
  expect(problems).toEqual([]);
  return documents.find((d): d is OpenSloSlo => d.kind === 'SLO')!;
}

function rulesOf(slo: OpenSloSlo, options = {}) {
  const [group] = generatePrometheusRules(slo, options).groups;
  return {
    alerts: group.rules.filter((r): r is AlertingRule => 'alert' in r),
    records: group.rules.filter((r): r is RecordingRule => 'record' in r),
  };
}

/** Share of the budget an alert has spent when it fires: burn rate x long window / SLO window. */
function spentAtFiring(alert: AlertingRule, sloSeconds: number): number {
  const burnRate = Number(/>= ([\d.]+)\)/.exec(alert.expr)![1]);
  return (burnRate * durationToSeconds(alert.labels.long_window)!) / sloSeconds;
}

describe('alert windows follow the SLO window', () => {
  it.each([
    ['7d', 7],
    ['28d', 28],
    ['30d', 30],
  ])(
    'a %s SLO pages after 2 % and 5 % of its budget and tickets after 10 %',
    (duration, days) => {
      const { alerts } = rulesOf(
        sloOf(checkoutSlo({ timeWindow: rolling(duration) })),
      );
      expect(
        alerts.map(a => spentAtFiring(a, days * 86400).toFixed(4)),
      ).toEqual(['0.0200', '0.0500', '0.1000', '0.1000']);
    },
  );

  it('a calendar month is alerted on as its shortest month, never later than the share', () => {
    const { alerts } = rulesOf(
      sloOf(checkoutSlo({ timeWindow: calendarMonth })),
    );
    // Exactly the shares in February, a little earlier in a 31-day month.
    expect(alerts.map(a => spentAtFiring(a, 28 * 86400).toFixed(4))).toEqual([
      '0.0200',
      '0.0500',
      '0.1000',
      '0.1000',
    ]);
    expect(alerts.map(a => spentAtFiring(a, 31 * 86400).toFixed(4))).toEqual([
      '0.0181',
      '0.0452',
      '0.0903',
      '0.0903',
    ]);
  });
});

describe('every alert reads recordings that exist', () => {
  /** Each `slo:` series an alert reads, as `name` and `objective` label. */
  function readsOf(alert: AlertingRule): string[] {
    return [
      ...alert.expr.matchAll(/(slo:[a-z_:0-9]+)\{[^}]*objective="(\d+)"/g),
    ].map(m => `${m[1]} objective=${m[2]}`);
  }

  it.each([
    ['the default windows', {}],
    [
      'alert windows given by the caller',
      {
        minimumEvents: 100,
        alertWindows: [
          {
            severity: 'page',
            burnRate: 10,
            longWindow: '15m',
            shortWindow: '2m',
          },
          {
            severity: 'ticket',
            burnRate: 2,
            longWindow: '12h',
            shortWindow: '1h',
          },
        ],
      },
    ],
  ])('with %s', (_label, options) => {
    const { alerts, records } = rulesOf(
      sloOf(checkoutSlo({ timeWindow: rolling('30d') })),
      options,
    );
    const recorded = new Set(
      records.map(r => `${r.record} objective=${r.labels.objective}`),
    );
    const missing = alerts.flatMap(readsOf).filter(read => !recorded.has(read));
    expect(missing).toEqual([]);
  });
});

describe('Timeslices alert windows hold whole slices', () => {
  it.each(['1m', '10m', '30m', '1h'])(
    'with %s slices, every window read by an alert is a whole number of slices',
    slice => {
      const { alerts } = rulesOf(
        sloOf(
          checkoutSlo({
            timeWindow: rolling('30d'),
            budgetingMethod: 'Timeslices',
            objective: sliceObjective(slice),
          }),
        ),
      );
      const sliceSeconds = durationToSeconds(slice)!;
      const windows = alerts.flatMap(a => [
        a.labels.long_window,
        a.labels.short_window,
      ]);
      expect(
        windows.filter(w => durationToSeconds(w)! % sliceSeconds !== 0),
      ).toEqual([]);
    },
  );
});

describe('missingRecordings', () => {
  const slo = () => sloOf(checkoutSlo({ timeWindow: rolling('7d') }));

  it('finds nothing missing in generated rules, guarded or not', () => {
    expect(missingRecordings(generatePrometheusRules(slo()))).toEqual([]);
    expect(
      missingRecordings(generatePrometheusRules(slo(), { minimumEvents: 10 })),
    ).toEqual([]);
  });

  it('names each series an alert reads that nobody records', () => {
    const ruleFile = generatePrometheusRules(slo(), { minimumEvents: 10 });
    const [group] = ruleFile.groups;
    group.rules = group.rules.filter(
      r =>
        !('record' in r) ||
        (r.record !== 'slo:sli_error:ratio_rate14m' &&
          r.record !== 'slo:sli_total:rate14m'),
    );
    expect(missingRecordings(ruleFile).map(m => m.series)).toEqual([
      'slo:sli_error:ratio_rate14m{slo="svc-checkout-availability",objective="0"}',
      'slo:sli_total:rate14m{slo="svc-checkout-availability",objective="0"}',
    ]);
  });

  it('tells objectives apart by their labels', () => {
    const ruleFile = generatePrometheusRules(slo());
    for (const rule of ruleFile.groups[0].rules) {
      if ('record' in rule && rule.record.endsWith('rate5m')) {
        rule.labels = { ...rule.labels, objective: '1' };
      }
    }
    // Over 7 days only the fastest page reads the 5m window.
    expect(
      missingRecordings(ruleFile).map(m => m.alertLabels.long_window),
    ).toEqual(['14m']);
  });
});
