import type { DecisionFile } from '@localplus/plugin-adr-node';
import { memoizeParse } from './memoizedParse';

const file = (text: string, fileName = '0001-use-kafka.md'): DecisionFile => ({
  fileName,
  location: `https://github.com/localplus/docs/blob/main/adr/${fileName}`,
  text,
});

describe('memoizeParse', () => {
  it('parses a file once while its name, location and text stay the same', () => {
    const parse = jest.fn((f: DecisionFile) => ({
      decision: { title: f.text } as any,
    }));
    const memoized = memoizeParse(parse);
    const first = memoized(file('# Use Kafka'));
    const again = memoized(file('# Use Kafka'));
    expect(again).toBe(first);
    expect(parse).toHaveBeenCalledTimes(1);
  });

  it('parses again when the text, the name or the location changes', () => {
    const parse = jest.fn((f: DecisionFile) => ({
      decision: { title: f.text } as any,
    }));
    const memoized = memoizeParse(parse);
    memoized(file('# Use Kafka'));
    expect(memoized(file('# Use Kafka, amended'))).toEqual({
      decision: { title: '# Use Kafka, amended' },
    });
    memoized(file('# Use Kafka', '0002-use-kafka.md'));
    memoized({ ...file('# Use Kafka'), location: '/elsewhere/0001.md' });
    expect(parse).toHaveBeenCalledTimes(4);
  });

  it('keeps problems too, and keeps nothing when the parse throws', () => {
    let calls = 0;
    const memoized = memoizeParse(f => {
      calls++;
      if (f.text === 'boom') throw new Error('parser crashed');
      return { problem: 'not a decision record' };
    });
    expect(memoized(file('plain text'))).toEqual({
      problem: 'not a decision record',
    });
    memoized(file('plain text'));
    expect(calls).toBe(1);
    expect(() => memoized(file('boom'))).toThrow('parser crashed');
    expect(() => memoized(file('boom'))).toThrow('parser crashed');
    expect(calls).toBe(3);
  });

  it('holds at most maxEntries outcomes, dropping the least recently used', () => {
    const parse = jest.fn((f: DecisionFile) => ({
      decision: { title: f.text } as any,
    }));
    const memoized = memoizeParse(parse, 2);
    memoized(file('a'));
    memoized(file('b'));
    memoized(file('a'));
    memoized(file('c')); // drops b
    memoized(file('a'));
    memoized(file('b'));
    expect(parse.mock.calls.map(([f]) => f.text)).toEqual(['a', 'b', 'c', 'b']);
  });
});
