import { dateFromFileName } from './decisionDate';

const FILE_NUMBER = /^(?:m?adr[-_ ]?)?0*(\d{1,6})(?=[-_. ]|$)/i;

/**
 * The number a record's file name starts with: `0005-x.md`, `ADR-005-x.md`,
 * `adr-0005_x.md` and `5-x.md` all give 5. Date-prefixed names
 * (`2024-03-01-x.md`, `20240301-x.md`) give undefined: they are dates.
 */
export function numberFromFileName(fileName: string): number | undefined {
  if (dateFromFileName(fileName)) return undefined;
  const match = FILE_NUMBER.exec(fileName);
  return match ? Number(match[1]) : undefined;
}

// `ADR 0005: X`, `ADR-5 X`, `MADR 12 - X`
const TITLE_WITH_PREFIX = /^(?:m?adr)[-_ ]?#?0*(\d{1,6})(?!\d)/i;
// `5. X` (as adr-tools writes titles), `0005: X`, `7) X`; not `2024 plans` or `3.5 release`.
const TITLE_NUMBERED = /^0*(\d{1,6})[.:)]\s+\S/;

/** The number a title starts with: `ADR 0005: X` and `5. X` give 5. */
export function numberFromTitle(title: string): number | undefined {
  const text = title.trim();
  const match = TITLE_WITH_PREFIX.exec(text) ?? TITLE_NUMBERED.exec(text);
  return match ? Number(match[1]) : undefined;
}

// The number prefix and its separator: `ADR 0005: `, `ADR-5 - `, `5. `, `0005: `.
const TITLE_NUMBER_PREFIX =
  /^(?:(?:m?adr)[-_ ]?#?0*\d{1,6}(?!\d)\s*[-:.–—)]?|0*\d{1,6}[.:)])\s+(?=\S)/i;

/**
 * The title without the number it starts with (`ADR 0005: Central Argo CD`
 * and `5. Central Argo CD` give `Central Argo CD`): the number is a field
 * of its own, and the log shows it in its own column. A title that is only
 * a number is kept as it is.
 */
export function titleWithoutNumber(title: string): string {
  const rest = title.trim().replace(TITLE_NUMBER_PREFIX, '');
  return rest || title.trim();
}
