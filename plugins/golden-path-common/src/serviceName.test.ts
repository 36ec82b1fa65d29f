import {
  SERVICE_NAME_FORMAT_MESSAGE,
  SERVICE_NAME_LENGTH_MESSAGE,
  SERVICE_NAME_MAX_LENGTH,
  validateServiceName,
} from './serviceName';

describe('validateServiceName', () => {
  it.each([
    'svc-ledger',
    'svc-loyalty-tiers',
    'svc-points-expiry2',
    'svc-a1-b2-c3',
    `svc-${'a'.repeat(SERVICE_NAME_MAX_LENGTH - 4)}`,
  ])('accepts %s', name => {
    expect(validateServiceName(name)).toEqual([]);
  });

  it.each([
    ['no svc- prefix', 'ledger'],
    ['the bare prefix', 'svc-'],
    ['upper case', 'svc-Loyalty'],
    ['a digit first', 'svc-1ledger'],
    ['a double hyphen', 'svc-loyalty--tiers'],
    ['a trailing hyphen', 'svc-ledger-'],
    ['an underscore', 'svc-loyalty_tiers'],
    ['a dot', 'svc-ledger.v2'],
    ['path traversal', '../../etc/passwd'],
    ['shell metacharacters', 'svc-x$(touch /tmp/x)'],
    ['a template expression', '${{ parameters.name }}'],
    ['surrounding spaces', ' svc-ledger '],
    ['a trailing newline', 'svc-ledger\n'],
    ['the empty string', ''],
  ])('refuses %s with the format message', (_label, name) => {
    expect(validateServiceName(name)).toEqual([SERVICE_NAME_FORMAT_MESSAGE]);
  });

  it('refuses a name one character too long with the length message', () => {
    const name = `svc-${'a'.repeat(SERVICE_NAME_MAX_LENGTH - 3)}`;
    expect(name).toHaveLength(SERVICE_NAME_MAX_LENGTH + 1);
    expect(validateServiceName(name)).toEqual([SERVICE_NAME_LENGTH_MESSAGE]);
  });

  it('reports both problems of a long malformed name, format first', () => {
    expect(validateServiceName(`SVC-${'A'.repeat(60)}`)).toEqual([
      SERVICE_NAME_FORMAT_MESSAGE,
      SERVICE_NAME_LENGTH_MESSAGE,
    ]);
  });

  it('words its messages to follow the field name', () => {
    expect(`name: ${SERVICE_NAME_FORMAT_MESSAGE}`).toBe(
      'name: must start with "svc-" followed by lower-case words separated by single hyphens, e.g. svc-loyalty-tiers',
    );
    expect(`name: ${SERVICE_NAME_LENGTH_MESSAGE}`).toBe(
      'name: must be at most 40 characters',
    );
  });
});
