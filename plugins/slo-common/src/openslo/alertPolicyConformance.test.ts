import { parseFormatted } from '../__testUtils__/parseFormatted';
import {
  checkoutAlerting,
  conditionDocument,
  inlineSlowBurn,
  policyDocument,
  sloWithPolicies,
} from '../__fixtures__/alertPolicySlos';
import type { OpenSloSlo } from './schema';

const parse = parseFormatted;

describe('AlertPolicy and AlertCondition', () => {
  it('inlines the policies and conditions an SLO references', () => {
    const { documents, problems } = parse(
      `${checkoutAlerting}`.replace(
        '    - alertPolicyRef: fast-burn\n',
        `    - alertPolicyRef: fast-burn\n${inlineSlowBurn}`,
      ),
    );
    expect(problems).toEqual([]);
    expect(documents.map(d => d.kind)).toEqual([
      'SLO',
      'AlertPolicy',
      'AlertCondition',
    ]);
    const [fast, slow] = (documents[0] as OpenSloSlo).spec.alertPolicies!;
    expect(fast).toMatchObject({
      kind: 'AlertPolicy',
      metadata: { name: 'fast-burn' },
      spec: {
        conditions: [
          {
            kind: 'AlertCondition',
            metadata: { name: 'burn-20x-30m' },
            spec: { severity: 'page', condition: { threshold: 20 } },
          },
        ],
      },
    });
    expect(slow).toMatchObject({ metadata: { name: 'slow-burn' } });
  });

  it.each([
    [
      'a condition that is not a burn rate',
      conditionDocument({
        name: 'c',
        kind: 'threshold',
        threshold: 2,
        lookbackWindow: '1h',
      }),
      'document 0: spec.condition.kind: only burnrate conditions map onto the generated multiwindow burn-rate alerts',
    ],
    [
      'a burn rate compared with lte',
      conditionDocument({
        name: 'c',
        op: 'lte',
        threshold: 2,
        lookbackWindow: '1h',
      }),
      'document 0: spec.condition.op: a burn-rate alert fires when the burn rate rises to its threshold: op must be gte or gt (lte and lt would alert while the budget is safe)',
    ],
    [
      'a severity the alerts do not carry',
      conditionDocument({
        name: 'c',
        severity: 'sev1',
        threshold: 2,
        lookbackWindow: '1h',
      }),
      'document 0: spec.severity: must be page or ticket: the generated alerts carry these two severities, which Alertmanager routes on',
    ],
    [
      'a lookback window under 5 minutes',
      conditionDocument({ name: 'c', threshold: 2, lookbackWindow: '1m' }),
      'document 0: spec.condition.lookbackWindow: must be at least 5m: shorter windows hold too few scrapes',
    ],
    [
      'an alert on missing data',
      policyDocument({ name: 'p', conditionRef: 'c' }).replace(
        'alertWhenNoData: false',
        'alertWhenNoData: true',
      ),
      'document 0: spec.alertWhenNoData: the generated burn-rate alerts do not fire on missing data; set it to false',
    ],
  ])('refuses %s, saying exactly what', (_label, text, problem) => {
    expect(parse(text).problems).toContain(problem);
  });

  it('reads an inline notification target as its name, like a targetRef', () => {
    const { documents, problems } = parse(
      policyDocument({ name: 'p', conditionRef: 'c' }).replace(
        '    - targetRef: checkout-oncall',
        '    - kind: AlertNotificationTarget\n      metadata:\n        name: checkout-mail\n      spec:\n        target: email',
      ) + conditionDocument({ name: 'c', threshold: 2, lookbackWindow: '1h' }),
    );
    expect(problems).toEqual([]);
    const policy = documents.find(d => d.kind === 'AlertPolicy');
    expect(policy?.spec).toMatchObject({
      notificationTargets: [{ targetRef: 'checkout-mail' }],
    });
  });

  it('refuses an SLO whose policy is not in the file', () => {
    const { documents, problems } = parse(sloWithPolicies(['nowhere']));
    expect(documents).toEqual([]);
    expect(problems).toEqual([
      'document 0: spec.alertPolicies[0].alertPolicyRef: names no valid AlertPolicy in this file ("nowhere"); the policy must be in the same file as the SLO',
    ]);
  });

  it('refuses a policy whose condition is not in the file', () => {
    const { problems } = parse(
      policyDocument({ name: 'p', conditionRef: 'gone' }),
    );
    expect(problems).toEqual([
      'document 0: spec.conditions[0].conditionRef: names no AlertCondition in this file ("gone"); the condition must be in the same file',
    ]);
  });
});
