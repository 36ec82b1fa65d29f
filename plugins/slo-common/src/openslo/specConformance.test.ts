import { parseFormatted } from '../__testUtils__/parseFormatted';
import { checkoutSlo, rolling } from '../__fixtures__/alertWindowSlos';
import type { OpenSloSlo } from './schema';

const parse = parseFormatted;

const slo = (objective: string, budgetingMethod?: 'Timeslices') =>
  checkoutSlo({ timeWindow: rolling('30d'), objective, budgetingMethod });

describe('OpenSLO v1 fields the portal reads as the spec writes them', () => {
  it.each([['gte'], ['gt']])('accepts op %s on a ratio objective', op => {
    expect(parse(slo(`    - target: 0.999\n      op: ${op}`)).problems).toEqual(
      [],
    );
  });

  it('reads an empty alertPolicies key, as the spec examples write it', () => {
    const text = `${slo(
      '    - target: 0.999\n      op: gt',
    )}\n  alertPolicies:\n`;
    const { documents, problems } = parse(text);
    expect(problems).toEqual([]);
    expect((documents[0] as OpenSloSlo).spec.alertPolicies).toBeUndefined();
  });

  it('refuses op lte on a ratio objective, saying why', () => {
    expect(parse(slo(`    - target: 0.999\n      op: lte`)).problems).toEqual([
      'document 0: spec.objectives[0].op: a ratio objective is met when the good share reaches its target: op must be gte or gt, not lte',
    ]);
  });

  it('reads timeSliceWindow given as a number of minutes', () => {
    const { documents, problems } = parse(
      slo(
        '    - target: 0.999\n      timeSliceTarget: 0.99\n      timeSliceWindow: 5',
        'Timeslices',
      ),
    );
    expect(problems).toEqual([]);
    expect(
      (documents[0] as OpenSloSlo).spec.objectives[0].timeSliceWindow,
    ).toBe('5m');
  });

  it.each([
    [
      'the SLO',
      (d: string) => `  description: ${d}\n  service: svc-checkout`,
      'spec.description',
    ],
  ])(
    'takes a description of 1050 characters on %s, not 1051',
    (_l, put, path) => {
      const withDescription = (length: number) =>
        checkoutSlo({ timeWindow: rolling('30d') }).replace(
          / {2}description: .*\n {2}service: svc-checkout/,
          put('x'.repeat(length)),
        );
      expect(parse(withDescription(1050)).problems).toEqual([]);
      expect(parse(withDescription(1051)).problems).toEqual([
        `document 0: ${path}: must be at most 1050 characters`,
      ]);
    },
  );

  it('takes a 1050-character description on an indicator and a Service', () => {
    const long = 'x'.repeat(1050);
    const indicator = checkoutSlo({ timeWindow: rolling('30d') }).replace(
      '      ratioMetric:',
      `      description: ${long}\n      ratioMetric:`,
    );
    const service = `apiVersion: openslo/v1\nkind: Service\nmetadata:\n  name: svc-checkout\nspec:\n  description: ${long}\n`;
    expect(parse(indicator).problems).toEqual([]);
    expect(parse(service).problems).toEqual([]);
    expect(parse(service.replace(long, `${long}x`)).problems).toEqual([
      'document 0: spec.description: must be at most 1050 characters',
    ]);
  });

  it('reads an AlertNotificationTarget document, which only names where alerts go', () => {
    const target = (spec: string) =>
      parse(
        `apiVersion: openslo/v1\nkind: AlertNotificationTarget\nmetadata:\n  name: checkout-oncall\nspec:\n${spec}`,
      );
    expect(
      target('  target: pagerduty\n  description: the checkout rota\n'),
    ).toEqual({
      documents: [expect.objectContaining({ kind: 'AlertNotificationTarget' })],
      problems: [],
    });
    expect(target('  {}\n').problems).toEqual([
      'document 0: spec.target: Invalid input: expected string, received undefined',
    ]);
  });
});
