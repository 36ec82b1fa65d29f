import {
  CheckParamsError,
  onlyKeys,
  optionalText,
  optionalTextList,
  optionalWholeNumber,
} from './checkParamReaders';

const REGION = /^[a-z0-9-]{1,40}$/;

describe('the check parameter readers', () => {
  it('refuse unknown keys, naming at most three, each cut to 40 characters', () => {
    expect(() => onlyKeys(undefined, [])).not.toThrow();
    expect(() => onlyKeys({ regions: ['x'] }, ['regions'])).not.toThrow();
    expect(() => onlyKeys({ tierz: 1 }, [])).toThrow(CheckParamsError);
    expect(() => onlyKeys({ tierz: 1 }, [])).toThrow(
      new CheckParamsError('unknown parameter "tierz"; this check takes none'),
    );
    expect(() =>
      onlyKeys({ a: 1, b: 2, c: 3, d: 4, ['x'.repeat(500)]: 5 }, ['e', 'f']),
    ).toThrow('unknown parameter "a", "b", "c"; this check takes e, f');
    expect(() => onlyKeys({ ['k'.repeat(500)]: 1 }, ['e'])).toThrow(
      `unknown parameter "${'k'.repeat(40)}"; this check takes e`,
    );
  });

  it('read an optional list of 1 to 100 matching texts', () => {
    const read = (value: unknown) =>
      optionalTextList(
        value === undefined ? {} : { regions: value as string[] },
        'regions',
        REGION,
        'region names',
      );
    expect(read(undefined)).toBeUndefined();
    expect(optionalTextList(undefined, 'regions', REGION, 'x')).toBeUndefined();
    expect(read(['eu-west-1'])).toEqual(['eu-west-1']);
    expect(read(Array(100).fill('eu-west-1'))).toHaveLength(100);
    for (const hostile of [
      'eu-west-1',
      [],
      Array(101).fill('eu-west-1'),
      ['EU WEST'],
      [1],
      [null],
      [['eu-west-1']],
      { 0: 'eu-west-1' },
      null,
    ]) {
      expect(() => read(hostile)).toThrow(
        new CheckParamsError(
          'regions must be a non-empty list of at most 100 region names',
        ),
      );
    }
  });

  it('read an optional matching text of at most 300 characters', () => {
    const read = (value: unknown) =>
      optionalText(
        { consentApi: value as string },
        'consentApi',
        /^\S+$/,
        'an API entity ref',
      );
    expect(
      optionalText({}, 'consentApi', /^\S+$/, 'an API entity ref'),
    ).toBeUndefined();
    expect(read('api:default/consent')).toBe('api:default/consent');
    expect(read('a'.repeat(300))).toHaveLength(300);
    for (const hostile of ['a'.repeat(301), 'a b', '', 42, null, ['a'], {}]) {
      expect(() => read(hostile)).toThrow(
        new CheckParamsError('consentApi must be an API entity ref'),
      );
    }
  });

  it('read an optional whole number within its range', () => {
    const read = (value: unknown) =>
      optionalWholeNumber({ maxDays: value as number }, 'maxDays', [1, 3650]);
    expect(optionalWholeNumber({}, 'maxDays', [1, 3650])).toBeUndefined();
    expect(read(1)).toBe(1);
    expect(read(3650)).toBe(3650);
    for (const hostile of [0, 3651, 1.5, NaN, Infinity, -1, '30', null, [30]]) {
      expect(() => read(hostile)).toThrow(
        new CheckParamsError('maxDays must be a whole number from 1 to 3650'),
      );
    }
  });
});
