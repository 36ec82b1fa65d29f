import {
  describeFilters,
  readLogFilters,
  toDecisionQuery,
  withoutFilter,
  writeLogFilters,
} from './logFilters';

function read(search: string) {
  return readLogFilters(new URLSearchParams(search));
}

describe('the log filters in the query string', () => {
  it('reads a shared link and writes it back the same', () => {
    const search =
      'status=accepted%2Cproposed&from=2024-01-01&to=2024-12-31&system=system%3Adefault%2Flocalplus-core&owner=group%3Adefault%2Fteam-ledger&decisionMaker=Alice+Martin&tag=kafka&q=outbox&offset=50&limit=50';

    const filters = read(search);

    expect(filters).toEqual({
      status: ['accepted', 'proposed'],
      from: '2024-01-01',
      to: '2024-12-31',
      system: 'system:default/localplus-core',
      owner: 'group:default/team-ledger',
      decisionMaker: 'Alice Martin',
      tag: 'kafka',
      q: 'outbox',
      offset: 50,
      limit: 50,
    });
    expect(writeLogFilters(filters).toString()).toBe(search);
    expect(toDecisionQuery(filters)).toMatchObject({
      status: ['accepted', 'proposed'],
      offset: 50,
      limit: 50,
    });
  });

  it('leaves defaults out of the link', () => {
    expect(writeLogFilters(read('')).toString()).toBe('');
    expect(toDecisionQuery(read(''))).toEqual({
      status: undefined,
      from: undefined,
      to: undefined,
      system: undefined,
      owner: undefined,
      decisionMaker: undefined,
      tag: undefined,
      q: undefined,
      limit: 25,
      offset: 0,
    });
  });

  it('drops what the backend would refuse instead of sending it', () => {
    const filters = read(
      'status=accepted,done,accepted,<script>&from=yesterday&to=2024-13-45&offset=-5&limit=100000&q=%20%20&tag=',
    );

    expect(filters.status).toEqual(['accepted']);
    expect(filters.from).toBeUndefined();
    expect(filters.to).toBeUndefined();
    expect(filters.offset).toBe(0);
    expect(filters.limit).toBe(25);
    expect(filters.q).toBeUndefined();
    expect(filters.tag).toBeUndefined();
  });

  it('cuts oversized text and caps absurd offsets', () => {
    const filters = read(`q=${'a'.repeat(5000)}&offset=9999999`);

    expect(filters.q).toHaveLength(200);
    expect(filters.offset).toBe(1_000_000);
  });

  it('keeps hostile text as text', () => {
    const filters = read(
      `q=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`,
    );
    expect(filters.q).toBe('"><img src=x onerror=alert(1)>');
    expect(new URLSearchParams(writeLogFilters(filters)).get('q')).toBe(
      filters.q,
    );
  });

  it('says which filters are in force and loosens one', () => {
    const filters = read(
      'status=accepted,proposed&system=system:default/localplus-core&q=kafka&offset=25',
    );

    expect(describeFilters(filters).map(f => f.label)).toEqual([
      'Status: Accepted or Proposed',
      'System: localplus-core',
      'Text: “kafka”',
    ]);
    const loosened = withoutFilter(filters, 'status');
    expect(loosened.status).toEqual([]);
    expect(loosened.offset).toBe(0);
    expect(loosened.q).toBe('kafka');
  });
});
