import { canonicalJson } from './canonicalJson';

/** The IEEE 754 double with these bits. */
function double(hexBits: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${hexBits}`));
  return view.getFloat64(0);
}

describe('canonicalJson', () => {
  it('serialises the sample of RFC 8785 section 3.2.2 as the RFC does', () => {
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],' +
        ' "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",' +
        ' "literals": [null, true, false]}',
    );

    expect(canonicalJson(input)).toBe(
      '{"literals":[null,true,false],' +
        '"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
        '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('sorts keys by UTF-16 code units as RFC 8785 section 3.2.3 does', () => {
    const input = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };

    expect(canonicalJson(input)).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control",' +
        '"\u00f6":"Latin Small Letter O With Diaeresis","\u20ac":"Euro Sign",' +
        '"\ud83d\ude00":"Emoji: Grinning Face",' +
        '"\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  it('sorts nested object keys and keeps array order', () => {
    expect(
      canonicalJson({ b: [3, 1, { z: 1, a: 2 }], a: { d: null, c: 'x' } }),
    ).toBe('{"a":{"c":"x","d":null},"b":[3,1,{"a":2,"z":1}]}');
  });

  it.each([
    ['0000000000000000', '0'],
    ['8000000000000000', '0'],
    ['0000000000000001', '5e-324'],
    ['8000000000000001', '-5e-324'],
    ['7fefffffffffffff', '1.7976931348623157e+308'],
    ['ffefffffffffffff', '-1.7976931348623157e+308'],
    ['4340000000000000', '9007199254740992'],
    ['c340000000000000', '-9007199254740992'],
    ['4430000000000000', '295147905179352830000'],
    ['44b52d02c7e14af5', '9.999999999999997e+22'],
    ['44b52d02c7e14af6', '1e+23'],
    ['44b52d02c7e14af7', '1.0000000000000001e+23'],
    ['444b1ae4d6e2ef4e', '999999999999999700000'],
    ['444b1ae4d6e2ef4f', '999999999999999900000'],
    ['444b1ae4d6e2ef50', '1e+21'],
    ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
    ['3eb0c6f7a0b5ed8d', '0.000001'],
    ['41b3de4355555553', '333333333.3333332'],
    ['41b3de4355555554', '333333333.33333325'],
    ['41b3de4355555555', '333333333.3333333'],
    ['41b3de4355555556', '333333333.3333334'],
    ['41b3de4355555557', '333333333.33333343'],
    ['becbf647612f3696', '-0.0000033333333333333333'],
    ['43143ff3c1cb0959', '1424953923781206.2'],
  ])('writes the double 0x%s as %s (RFC 8785 appendix B)', (bits, expected) => {
    expect(canonicalJson(double(bits))).toBe(expected);
    expect(canonicalJson([double(bits)])).toBe(`[${expected}]`);
  });

  it('escapes control characters and leaves other characters literal', () => {
    expect(canonicalJson('tab\there \u0001 é 😀 </script>')).toBe(
      '"tab\\there \\u0001 é 😀 </script>"',
    );
  });

  it.each([
    ['undefined at the top', undefined, '$ is undefined'],
    ['undefined in an object', { a: { b: undefined } }, '$.a.b is undefined'],
    ['undefined in an array', [1, undefined], '$[1] is undefined'],
    ['NaN', { n: NaN }, '$.n is NaN'],
    ['Infinity', { n: [Infinity] }, '$.n[0] is Infinity'],
    ['-Infinity', -Infinity, '$ is -Infinity'],
    ['a Date', { at: new Date(0) }, '$.at is a Date, not a plain object'],
    ['a Map', new Map(), '$ is a Map, not a plain object'],
    ['a class instance', { x: new (class Finding {})() }, '$.x is a Finding'],
    ['a function', { f: () => 1 }, '$.f is a function'],
    ['a bigint', { n: BigInt(1) }, '$.n is a bigint'],
    ['a symbol', Symbol('s'), '$ is a symbol'],
    ['a hole', [1, , 3], '$[1] is a hole'], // eslint-disable-line no-sparse-arrays
    [
      'a lone surrogate',
      { s: 'a\ud800b' },
      '$.s is a string with an unpaired surrogate',
    ],
    ['an odd key', { 'a b': undefined }, '$["a b"] is undefined'],
  ])('refuses %s with the path of the value', (_name, value, message) => {
    expect(() => canonicalJson(value)).toThrow(TypeError);
    expect(() => canonicalJson(value)).toThrow(message);
  });

  it('refuses a cycle and a hostile nesting depth instead of overflowing the stack', () => {
    const cycle: Record<string, unknown> = { a: 1 };
    cycle.self = cycle;
    expect(() => canonicalJson(cycle)).toThrow(
      '$.self refers back to one of its parents',
    );

    let deep: unknown = 'bottom';
    for (let level = 0; level < 100_000; level++) deep = [deep];
    expect(() => canonicalJson(deep)).toThrow('nests deeper than 64 levels');
  });

  it('accepts the same object twice when it is not its own ancestor', () => {
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: shared })).toBe(
      '{"a":{"x":1},"b":{"x":1}}',
    );
  });

  it('accepts objects without a prototype', () => {
    const bare = Object.assign(Object.create(null), { b: 1, a: 2 });
    expect(canonicalJson(bare)).toBe('{"a":2,"b":1}');
  });
});
