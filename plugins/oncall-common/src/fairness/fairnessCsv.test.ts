import type { FairnessReport, FairnessRow } from '../api/types';
import { csvCell, fairnessCsv } from './fairnessCsv';

function row(user: string, rotations: string[]): FairnessRow {
  return {
    user,
    rotations,
    hoursOnCall: 168,
    primaryHours: 100.5,
    secondaryHours: 67.5,
    nightHours: 70,
    weekendHours: 48,
    pages: 4,
    nightPages: 3,
    weekendPages: 2,
    compensation: {
      onCallWeeks: 1,
      nightIncidents: 3,
      weekendIncidents: 2,
      weekendTimeOffHours: 4.5,
    },
  };
}

const report: FairnessReport = {
  from: '2026-01-05T09:00:00Z',
  to: '2026-01-12T09:00:00Z',
  rows: [
    row('user:default/alice', ['localplus-weekly', 'data']),
    row('user:default/bob', ['localplus-weekly']),
    row('user:default/eve', ['localplus-weekly']),
  ],
  people: {
    'user:default/alice': {
      ref: 'user:default/alice',
      displayName: 'Alice "Ace" Martin, SRE',
    },
    'user:default/bob': {
      ref: 'user:default/bob',
      displayName: '=HYPERLINK("http://evil","click")',
    },
  },
};

describe('fairnessCsv', () => {
  const lines = fairnessCsv(report).split('\r\n');

  it('writes a header row and one CRLF-terminated line per person', () => {
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe('');
    expect(lines[0]).toBe(
      'Person,Ref,Rotations,Hours on call,Primary hours,Secondary hours,Night hours (22:00-08:00),Weekend hours,Pages,Night pages,Weekend pages,On-call weeks,Night incidents,Weekend incidents,Weekend time off (hours)',
    );
  });

  it('quotes display names with commas and doubles their quotes', () => {
    expect(lines[1]).toBe(
      '"Alice ""Ace"" Martin, SRE",user:default/alice,localplus-weekly; data,168,100.5,67.5,70,48,4,3,2,1,3,2,4.5',
    );
  });

  it('neutralises a formula in a display name', () => {
    expect(
      lines[2].startsWith(`"'=HYPERLINK(""http://evil"",""click"")",`),
    ).toBe(true);
  });

  it("falls back to the ref's name for unknown people", () => {
    expect(lines[3].startsWith('eve,user:default/eve,')).toBe(true);
  });
});

describe('csvCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+33 6 00 00 00 00', "'+33 6 00 00 00 00"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['line\nbreak', '"line\nbreak"'],
    ['plain', 'plain'],
    ['', ''],
  ])('writes %p as %p', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('leaves numbers alone', () => {
    expect(csvCell(12.5)).toBe('12.5');
    expect(csvCell(0)).toBe('0');
  });
});
