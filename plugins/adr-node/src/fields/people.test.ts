import { MAX_LIST_ENTRIES, splitPeople, splitTags } from './people';

describe('splitPeople', () => {
  it.each([
    ['Ana, Bo and Chen', ['Ana', 'Bo', 'Chen']],
    ['Ana; Bo & Chen', ['Ana', 'Bo', 'Chen']],
    ['[Ana, Bo]', ['Ana', 'Bo']],
    ['Platform Lead, Security (tier T0 change)', ['Platform Lead', 'Security']],
    [
      'Business leadership (cloud provider), Platform Team (region\n  and multi-region timing)',
      ['Business leadership', 'Platform Team'],
    ],
    ['[Ana](mailto:ana@example.com), **Bo**', ['Ana', 'Bo']],
    ['Ana, ana, ANA', ['Ana']],
    ['Brandon, Anderson', ['Brandon', 'Anderson']],
    ['', []],
  ])('splits %p', (value, expected) => {
    expect(splitPeople(value)).toEqual(expected);
  });

  it('keeps the items of a YAML list whole', () => {
    expect(
      splitPeople(['Doe, Jane', 'Bo (reviewer)', 42, null, { a: 1 }]),
    ).toEqual(['Doe, Jane', 'Bo', '42']);
  });

  it('drops markup and keeps the list bounded', () => {
    expect(splitPeople('<script>x</script>Mallory, Trent')).toEqual([
      'x Mallory',
      'Trent',
    ]);
    const many = Array.from({ length: 500 }, (_, i) => `p${i}`).join(', ');
    expect(splitPeople(many)).toHaveLength(MAX_LIST_ENTRIES);
    expect(splitPeople(`${'x'.repeat(300)}, Bo`)).toEqual(['Bo']);
  });

  it('ignores values that are not lists or text', () => {
    expect(splitPeople(undefined)).toEqual([]);
    expect(splitPeople({ name: 'Ana' })).toEqual([]);
  });

  it('takes linear time on hostile text', () => {
    const started = Date.now();
    splitPeople(`${' '.repeat(500_000)}x`);
    splitPeople('('.repeat(500_000));
    splitPeople('['.repeat(500_000));
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('splitTags', () => {
  it('splits on commas when there are some, else on spaces', () => {
    expect(splitTags('backend, data platform')).toEqual([
      'backend',
      'data platform',
    ]);
    expect(splitTags('messaging kafka  #backend')).toEqual([
      'messaging',
      'kafka',
      'backend',
    ]);
    expect(splitTags('[a, b]')).toEqual(['a', 'b']);
    expect(splitTags(['Kafka', 'kafka', 'ops'])).toEqual(['Kafka', 'ops']);
    expect(splitTags(7)).toEqual([]);
  });
});
