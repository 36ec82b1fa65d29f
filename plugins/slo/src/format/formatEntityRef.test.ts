import { formatEntityRef } from './formatEntityRef';

describe('formatEntityRef', () => {
  it('drops the default kind and namespace', () => {
    expect(formatEntityRef('group:default/team-ledger', 'group')).toBe(
      'team-ledger',
    );
    expect(formatEntityRef('team-ledger', 'group')).toBe('team-ledger');
  });

  it('keeps what is not the default', () => {
    expect(formatEntityRef('group:ops/team-sre', 'group')).toBe('ops/team-sre');
    expect(formatEntityRef('user:default/jdoe', 'group')).toBe('user:jdoe');
  });

  it('returns values that are not entity refs unchanged', () => {
    expect(formatEntityRef('a:b:c/d/e', 'group')).toBe('a:b:c/d/e');
  });
});
