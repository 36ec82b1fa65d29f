import { z } from 'zod';
import { InvalidParamsError } from './CheckScopeError';
import { parseCheckParams } from './parseCheckParams';

const schema = z.strictObject({
  tiers: z
    .array(z.string().regex(/^T[0-5]$/, 'must be a tier'))
    .default(['T0']),
  nested: z.strictObject({ days: z.number().int().max(90) }).optional(),
});

describe('parseCheckParams', () => {
  it('gives the defaults when a control cites the check without parameters', () => {
    expect(parseCheckParams('demo.check', schema, undefined)).toEqual({
      tiers: ['T0'],
    });
    expect(parseCheckParams('demo.check', schema, { tiers: ['T2'] })).toEqual({
      tiers: ['T2'],
    });
  });

  it('names unknown keys, top level and nested', () => {
    expect(() =>
      parseCheckParams('demo.check', schema, { teirs: ['T1'] }),
    ).toThrow('Invalid parameters of demo.check: unknown teirs');
    expect(() =>
      parseCheckParams('demo.check', schema, { nested: { days: 3, x: 1 } }),
    ).toThrow('nested: unknown x');
  });

  it('names the field and the rule it breaks, as a scope error of the check', () => {
    let thrown: unknown;
    try {
      parseCheckParams('demo.check', schema, {
        tiers: ['T9'],
        nested: { days: 900 },
      });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidParamsError);
    expect((thrown as Error).message).toMatch(/tiers\.0: must be a tier/);
    expect((thrown as Error).message).toMatch(/nested\.days: /);
  });

  it('keeps a hostile value to one line', () => {
    const hostile = () =>
      parseCheckParams('demo.check', schema, { ['a\nb'.repeat(5)]: 1 });
    expect(hostile).toThrow(InvalidParamsError);
    expect(hostile).toThrow(/^[^\n]*$/);
  });

  it('refuses parameters that are not an object', () => {
    expect(() => parseCheckParams('demo.check', schema, 'T0')).toThrow(
      /Invalid parameters of demo\.check: params: /,
    );
  });
});
