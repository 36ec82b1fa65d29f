import { dateFromFileName, normaliseDate } from './decisionDate';

describe('normaliseDate', () => {
  it.each([
    ['2024-03-01', '2024-03-01'],
    ['2024-3-1', '2024-03-01'],
    ['2024/03/01', '2024-03-01'],
    ['2024.03.01', '2024-03-01'],
    ['20240301', '2024-03-01'],
    [20240301, '2024-03-01'],
    ['  2024-03-01T10:00:00Z', '2024-03-01'],
    ['2026-01-15 (architecture version 1.0, January 2026)', '2026-01-15'],
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
    [new Date(Date.UTC(2024, 2, 1)), '2024-03-01'],
    ['1 March 2024', '2024-03-01'],
    ['01 Mar 2024', '2024-03-01'],
    ['1st March 2024', '2024-03-01'],
    ['March 1, 2024', '2024-03-01'],
    ['Mar. 1 2024', '2024-03-01'],
    ['september 22nd, 2023 (after the review)', '2023-09-22'],
    ['29 February 2024', '2024-02-29'],
  ])('reads %p as %p', (value, expected) => {
    expect(normaliseDate(value)).toBe(expected);
  });

  it.each([
    '2024-02-30',
    '2023-02-29',
    '1900-02-29',
    '2024-13-01',
    '2024-04-31',
    '2024-00-10',
    '2024-03-01x',
    '2024-03/01',
    '03/01/2024',
    '30 February 2024',
    '1 Marchember 2024',
    '1 März 2024',
    'March 2024',
    'Sometime in March 1 2024',
    '',
    'YYYY-MM-DD',
  ])('rejects %p', value => {
    expect(normaliseDate(value)).toBeUndefined();
  });

  it('rejects values that are not dates', () => {
    expect(normaliseDate(undefined)).toBeUndefined();
    expect(normaliseDate(['2024-03-01'])).toBeUndefined();
    expect(normaliseDate(new Date('nonsense'))).toBeUndefined();
  });
});

describe('dateFromFileName', () => {
  it('reads date-prefixed file names', () => {
    expect(dateFromFileName('2024-03-01-use-kafka.md')).toBe('2024-03-01');
    expect(dateFromFileName('20240301-use-kafka.md')).toBe('2024-03-01');
    expect(dateFromFileName('2024-03-01.md')).toBe('2024-03-01');
  });

  it('ignores numbered names, mixed separators and impossible days', () => {
    expect(dateFromFileName('0005-use-kafka.md')).toBeUndefined();
    expect(dateFromFileName('2024-0301-use-kafka.md')).toBeUndefined();
    expect(dateFromFileName('2024-02-30-use-kafka.md')).toBeUndefined();
    expect(dateFromFileName('202403011-x.md')).toBeUndefined();
  });
});
