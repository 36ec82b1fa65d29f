import { utf8Text, Utf8Writer } from '../utf8Writer';
import { writePrettyJson } from './writePrettyJson';

function pretty(value: unknown): string {
  const out = new Utf8Writer();
  writePrettyJson(value, out);
  return utf8Text(out.bytes());
}

describe('writePrettyJson', () => {
  it('writes what JSON.stringify(value, null, 2) writes, at every depth', () => {
    const deep = {
      a: [
        {
          b: {
            c: [
              {
                d: { e: ['x\ny', 1.5, null, true, {}, []] },
                skipped: undefined,
              },
            ],
          },
        },
      ],
      empty: [],
      none: {},
      text: 'quote " and \u2028 and é and 😀',
      holes: [undefined, 2],
      gone: undefined,
    };

    expect(pretty(deep)).toBe(`${JSON.stringify(deep, null, 2)}\n`);
    expect(pretty([])).toBe('[]\n');
    expect(pretty('x')).toBe('"x"\n');
  });

  it('writes a document larger than the writer buffers at once', () => {
    const document = {
      items: Array.from({ length: 30_000 }, (_, index) => ({
        index,
        name: `item ${index} ${'ü'.repeat(40)}`,
      })),
    };

    expect(pretty(document)).toBe(`${JSON.stringify(document, null, 2)}\n`);
  });
});
