import {
  isAbsoluteUri,
  isOscalToken,
  isUriReference,
  nistProp,
  localProp,
  oscalControlId,
  oscalDateTime,
  oscalObjectiveId,
  oscalString,
  stableUuid,
} from './oscalValues';

describe('oscal values', () => {
  it.each([
    ['gdpr-eu-residency', 'gdpr-eu-residency'],
    ['SOC2-CC6', 'soc2-cc6'],
    ['2fa-admins', '_2fa-admins'],
    ['a b/c', 'a-b-c'],
  ])('writes control id %s as the token %s', (id, token) => {
    expect(oscalControlId(id)).toBe(token);
    expect(isOscalToken(oscalControlId(id))).toBe(true);
  });

  it('writes strings on one line without surrounding space, or not at all', () => {
    expect(oscalString('  two\n lines\t here ')).toBe('two lines here');
    expect(oscalString(' \n ')).toBeUndefined();
    expect(oscalString(undefined)).toBeUndefined();
    expect(localProp('result', '  ')).toBeUndefined();
    expect(localProp('count', 0)).toMatchObject({ name: 'count', value: '0' });
    expect(
      localProp('requirement', 'soc2:CC6.1', '9-not-a-token'),
    ).not.toHaveProperty('class');
  });

  it('writes instants in UTC with milliseconds and refuses what is not a date', () => {
    expect(oscalDateTime('2025-03-30T02:30:00+02:00', 'x')).toBe(
      '2025-03-30T00:30:00.000Z',
    );
    expect(() => oscalDateTime('2025-13-01', 'run startedAt')).toThrow(
      'run startedAt is not a date',
    );
    expect(() => oscalDateTime('3000-01-01T00:00:00Z', 'x')).toThrow(
      'outside the years',
    );
  });

  it('derives the same uuid from the same parts, and another from other parts', () => {
    expect(stableUuid('finding', 'a')).toBe(stableUuid('finding', 'a'));
    expect(stableUuid('finding', 'a')).not.toBe(stableUuid('finding', 'b'));
    // Parts are kept apart: ("ab", "c") is not ("a", "bc").
    expect(stableUuid('ab', 'c')).not.toBe(stableUuid('a', 'bc'));
  });

  it('accepts URI references and refuses text with spaces', () => {
    expect(isUriReference('https://example.com/a?b=c#d')).toBe(true);
    expect(isUriReference('docs/controls.md')).toBe(true);
    expect(isUriReference('not a uri')).toBe(false);
  });

  it('tells absolute URIs, which a reference link must hold, from relative ones', () => {
    expect(isAbsoluteUri('https://example.com/a?b=c#d')).toBe(true);
    expect(isAbsoluteUri('urn:uuid:0b3a6f4e-2c1d-4e5f-8a9b-7c6d5e4f3a2b')).toBe(
      true,
    );
    expect(isAbsoluteUri('/docs/controls.md')).toBe(false);
    expect(isAbsoluteUri('docs/controls.md')).toBe(false);
    expect(isAbsoluteUri('#resource')).toBe(false);
  });

  it("writes NIST's properties without a namespace and objectives as catalogs do", () => {
    expect(nistProp('asset-id', ' svc ')).toEqual({
      name: 'asset-id',
      value: 'svc',
    });
    expect(nistProp('version', undefined)).toBeUndefined();
    expect(oscalObjectiveId('2fa-admins')).toBe('_2fa-admins_obj');
  });
});
