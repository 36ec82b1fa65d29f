import type { FairnessReport, FairnessRow } from '../api/types';
import { entityRefName } from '../rotation/entityRefs';

type Column = [
  string,
  (row: FairnessRow, report: FairnessReport) => string | number,
];

const COLUMNS: Column[] = [
  [
    'Person',
    (row, report) =>
      report.people[row.user]?.displayName ?? entityRefName(row.user),
  ],
  ['Ref', row => row.user],
  ['Rotations', row => row.rotations.join('; ')],
  ['Hours on call', row => row.hoursOnCall],
  ['Primary hours', row => row.primaryHours],
  ['Secondary hours', row => row.secondaryHours],
  ['Night hours (22:00-08:00)', row => row.nightHours],
  ['Weekend hours', row => row.weekendHours],
  ['Pages', row => row.pages],
  ['Night pages', row => row.nightPages],
  ['Weekend pages', row => row.weekendPages],
  ['On-call weeks', row => row.compensation.onCallWeeks],
  ['Night incidents', row => row.compensation.nightIncidents],
  ['Weekend incidents', row => row.compensation.weekendIncidents],
  ['Weekend time off (hours)', row => row.compensation.weekendTimeOffHours],
];

/**
 * The fairness report as RFC 4180 CSV (CRLF line ends, a header row),
 * people by display name. Cells that a spreadsheet would run as a formula
 * (starting with = + - @, tab or carriage return) get a leading apostrophe.
 */
export function fairnessCsv(report: FairnessReport): string {
  const header = COLUMNS.map(([title]) => csvCell(title));
  const lines = report.rows.map(row =>
    COLUMNS.map(([, value]) => csvCell(value(row, report))),
  );
  return `${[header, ...lines].map(cells => cells.join(',')).join('\r\n')}\r\n`;
}

/** One CSV field: neutralised against formulas, quoted when it must be. */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) {
    text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
