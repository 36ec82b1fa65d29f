import { DateTime } from 'luxon';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** `YYYY-MM-DD` for a real calendar day, undefined for 2024-02-30 and the like. */
function calendarDate(
  year: number,
  month: number,
  day: number,
): string | undefined {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) {
    return undefined;
  }
  const days = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
  if (day > days) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(
    2,
    '0',
  )}`;
}

// `2024-03-01`, `2024/3/1`, `2024.03.01`, `20240301`, each optionally
// followed by a time or a remark: `2024-03-01T10:00Z`, `2024-03-01 (v1.0)`.
const SEPARATED = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?=$|[\sT(,;])/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?=$|[\sT(,;])/;

// English month names, day first or month first, with or without the
// comma and the ordinal: `1 March 2024`, `1st Mar 2024`, `March 1, 2024`.
const MONTH_NAME_FORMATS = [
  'd MMMM yyyy',
  'd MMM yyyy',
  'MMMM d yyyy',
  'MMM d yyyy',
];
const ORDINAL = /\b(\d{1,2})(?:st|nd|rd|th)\b/i;
const MONTH_NAME_DATE =
  /^(?:\d{1,2}(?:st|nd|rd|th)?\.?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})(?=$|[\s(;])/i;

/** `1 March 2024` and its spellings as `YYYY-MM-DD`, or undefined. */
function monthNameDate(text: string): string | undefined {
  const match = MONTH_NAME_DATE.exec(text);
  if (!match) return undefined;
  const plain = match[0]
    .replace(ORDINAL, '$1')
    .replace(/[.,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (const format of MONTH_NAME_FORMATS) {
    const date = DateTime.fromFormat(plain, format, { locale: 'en-GB' });
    if (date.isValid) return date.toISODate() ?? undefined;
  }
  return undefined;
}

/**
 * A record's date as `YYYY-MM-DD`: from a string written year first (see
 * above) or with an English month name (`1 March 2024`, `March 1, 2024`),
 * a YAML date, or a number like 20240301. Impossible days (2024-02-30) and
 * other spellings (`03/01/2024`, whose order is ambiguous) give undefined.
 */
export function normaliseDate(value: unknown): string | undefined {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? undefined
      : value.toISOString().slice(0, 10);
  }
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).trim();
  const separated = SEPARATED.exec(text);
  if (separated) {
    return calendarDate(
      Number(separated[1]),
      Number(separated[3]),
      Number(separated[4]),
    );
  }
  const compact = COMPACT.exec(text);
  if (compact) {
    return calendarDate(
      Number(compact[1]),
      Number(compact[2]),
      Number(compact[3]),
    );
  }
  return monthNameDate(text);
}

const DATE_PREFIX = /^(\d{4})(-?)(\d{2})\2(\d{2})(?=[-_. ]|$)/;

/**
 * The date a date-prefixed file name starts with: `2024-03-01-use-kafka.md`
 * and `20240301-use-kafka.md` (log4brains) give `2024-03-01`.
 */
export function dateFromFileName(fileName: string): string | undefined {
  const match = DATE_PREFIX.exec(fileName);
  if (!match) return undefined;
  return calendarDate(Number(match[1]), Number(match[3]), Number(match[4]));
}
