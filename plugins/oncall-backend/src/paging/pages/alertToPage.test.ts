import { DEFAULT_SEVERITY_FROM_LABELS } from '../config';
import { alert, SCRIPT_URL } from '../__testUtils__/alertmanagerPayloads';
import { entityRefOf, severityOf, summaryOf, webUrlOf } from './alertToPage';

describe('entityRefOf', () => {
  it.each([
    [{ service: 'svc-ledger' }, 'component:default/svc-ledger'],
    [
      { backstage_entity: 'system:payments/hub', service: 'svc-ledger' },
      'system:payments/hub',
    ],
    [{ backstage_entity: 'svc-wallet' }, 'component:default/svc-wallet'],
    [
      { backstage_entity: 'not a ref!', service: 'svc-ledger' },
      'component:default/svc-ledger',
    ],
    [{ service: 'a/b:c' }, undefined],
    [{ service: 'x'.repeat(64) }, undefined],
    [{ service: '' }, undefined],
    [{}, undefined],
  ])('reads %j as %s', (labels, expected) => {
    expect(entityRefOf(labels as Record<string, string>)).toBe(expected);
  });
});

describe('severityOf', () => {
  const of = (labels: Record<string, string>) =>
    severityOf(labels, DEFAULT_SEVERITY_FROM_LABELS);

  it('maps the seeds’ severity labels', () => {
    expect(of({ severity: 'critical' })).toBe('P1');
    expect(of({ severity: 'page' })).toBe('P2');
    expect(of({ severity: 'ticket' })).toBe('P3');
    expect(of({ severity: 'Warning' })).toBe('P3');
    expect(of({ severity: 'info' })).toBe('P4');
  });

  it('lets an alert’s own priority win, and falls back to P3', () => {
    expect(of({ severity: 'info', priority: 'P1' })).toBe('P1');
    expect(of({ severity: 'critical', priority: 'p4' })).toBe('P4');
    expect(of({ severity: 'critical', priority: 'P9' })).toBe('P1');
    expect(of({ severity: 'unheard-of' })).toBe('P3');
    expect(of({ severity: '__proto__' })).toBe('P3');
    expect(of({})).toBe('P3');
  });
});

describe('summaryOf', () => {
  it('prefers the summary, then the description, then the alert name', () => {
    expect(summaryOf(alert())).toMatch(/burning its error budget/);
    expect(
      summaryOf(alert({ annotations: { summary: ' ', description: 'd' } })),
    ).toBe('d');
    expect(summaryOf(alert({ annotations: {} }))).toBe('SloErrorBudgetBurn');
    expect(summaryOf(alert({ annotations: {}, labels: {} }))).toBe(
      'Alert a1b2c3d4e5f60718',
    );
  });
});

describe('webUrlOf', () => {
  it('keeps only http and https links', () => {
    expect(webUrlOf('https://docs.localplus.io/runbooks/x')).toBe(
      'https://docs.localplus.io/runbooks/x',
    );
    for (const bad of [
      SCRIPT_URL,
      'data:text/html,x',
      'file:///etc/passwd',
      'not a url',
      '',
    ]) {
      expect(webUrlOf(bad)).toBeUndefined();
    }
  });
});
