import {
  checkoutAlerting,
  inlineSlowBurn,
} from '../__fixtures__/alertPolicySlos';
import { parseOpenSloDocuments } from '../openslo/parseOpenSloDocuments';
import type { OpenSloSlo } from '../openslo/schema';
import {
  AlertingRule,
  generatePrometheusRules,
} from './generatePrometheusRules';
import { missingRecordings } from './missingRecordings';
import { sloAlertWindows } from './sloAlertWindows';

function sloOf(text: string): OpenSloSlo {
  const { documents, problems } = parseOpenSloDocuments(text);
  expect(problems).toEqual([]);
  return documents.find((d): d is OpenSloSlo => d.kind === 'SLO')!;
}

const withBoth = checkoutAlerting.replace(
  '    - alertPolicyRef: fast-burn\n',
  `    - alertPolicyRef: fast-burn\n${inlineSlowBurn}`,
);

describe('rules from the alert conditions of the document', () => {
  it('alert on each condition: threshold, lookback, a twelfth of it, alertAfter', () => {
    const slo = sloOf(withBoth);
    expect(sloAlertWindows(slo, slo.spec.objectives[0])).toEqual([
      {
        severity: 'page',
        burnRate: 20,
        longWindow: '30m',
        shortWindow: '5m',
        notificationTargets: ['checkout-oncall'],
      },
      {
        severity: 'ticket',
        burnRate: 10,
        longWindow: '2h',
        shortWindow: '10m',
        alertAfter: '5m',
        notificationTargets: ['checkout-tickets'],
      },
    ]);
    const ruleFile = generatePrometheusRules(slo);
    const alerts = ruleFile.groups[0].rules.filter(
      (r): r is AlertingRule => 'alert' in r,
    );
    expect(alerts).toHaveLength(2);
    expect(alerts[1]).toMatchObject({
      for: '5m',
      labels: {
        severity: 'ticket',
        long_window: '2h',
        short_window: '10m',
        notification_targets: 'checkout-tickets',
      },
      annotations: {
        windows:
          'long 2h, short 10m, burn rate 10x, for 5m: fires after 2.78 % of the budget of a rolling 30d',
      },
    });
    expect(alerts[1].expr).toContain('ratio_rate2h');
    expect(alerts[1].expr).toContain('>= 10');
    expect(alerts[0]).not.toHaveProperty('for');
    expect(missingRecordings(ruleFile)).toEqual([]);
  });
});
