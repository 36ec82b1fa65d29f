import { decisionAddress, decisionIdOf } from './decisionAddress';
import { decisionLabel, formatNumber, slugOf } from './decisionLabel';
import { formatDate } from './formatDate';
import { isEntityRef, shortRef } from './shortRef';

describe('decision addresses and labels', () => {
  it('turns an id into route parameters and back', () => {
    const address = decisionAddress(
      'component:default/docs/0005-central-argocd',
    );
    expect(address).toEqual({
      kind: 'component',
      namespace: 'default',
      name: 'docs',
      slug: '0005-central-argocd',
    });
    expect(decisionIdOf(address!)).toBe(
      'component:default/docs/0005-central-argocd',
    );
    expect(
      decisionIdOf({ ...address!, kind: 'Component', slug: 'ADR-7' }),
    ).toBe('component:default/docs/ADR-7');
  });

  it('refuses ids that are not <kind>:<namespace>/<name>/<slug>', () => {
    expect(decisionAddress('docs/0005')).toBeUndefined();
    expect(decisionAddress('component:default/docs/a/../b')).toBeUndefined();
    expect(decisionAddress('')).toBeUndefined();
  });

  it('names decisions the way records cite them', () => {
    expect(formatNumber(5)).toBe('ADR-0005');
    expect(formatNumber(12345)).toBe('ADR-12345');
    expect(decisionLabel({ number: 16, title: 'One table, one owner' })).toBe(
      'ADR-0016 One table, one owner',
    );
    expect(decisionLabel({ title: 'Use Kafka' })).toBe('Use Kafka');
    expect(slugOf('component:default/docs/0005-central-argocd')).toBe(
      '0005-central-argocd',
    );
  });

  it('shows calendar days without a time zone shift', () => {
    expect(formatDate('2024-03-01')).toBe('1 Mar 2024');
    expect(formatDate('2026-03-02T23:30:00.000Z')).toBe('2 Mar 2026');
    expect(formatDate('last week')).toBe('last week');
    expect(formatDate(undefined)).toBe('—');
  });

  it('shortens refs and tells refs from names', () => {
    expect(shortRef('system:default/localplus-core')).toBe('localplus-core');
    expect(shortRef('group:finance/payments')).toBe('finance/payments');
    expect(shortRef('Alice Martin')).toBe('Alice Martin');
    expect(isEntityRef('group:default/platform-team')).toBe(true);
    expect(isEntityRef('user:alice')).toBe(true);
    expect(isEntityRef('Alice Martin')).toBe(false);
    expect(isEntityRef('group:default/x"><script>')).toBe(false);
  });
});
