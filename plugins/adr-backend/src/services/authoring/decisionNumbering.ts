import type { DecisionSummary } from '@localplus/plugin-adr-common';

/** Longest slug a file name carries; the title stays whole in the record. */
export const MAX_SLUG_LENGTH = 60;

/** The number after the highest one the entity uses, and 1 for its first record. */
export function nextDecisionNumber(
  existing: Array<Pick<DecisionSummary, 'number'>>,
): number {
  const highest = existing.reduce(
    (max, { number }) =>
      number !== undefined && Number.isSafeInteger(number) && number > max
        ? number
        : max,
    0,
  );
  return highest + 1;
}

/**
 * `0021-use-kafka-for-audit-events.md`: the number on four digits (more
 * when it needs them) and an ASCII slug of the title. Accents are dropped,
 * everything else that is not a letter or digit becomes a hyphen, so the
 * name can carry no path separator, dot segment or space; a title with no
 * usable character gives `decision`.
 */
export function decisionFileName(number: number, title: string): string {
  if (!Number.isSafeInteger(number) || number < 1) {
    throw new RangeError(
      `A decision number is a whole number of at least 1, not ${number}`,
    );
  }
  const slug =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+/, '')
      .slice(0, MAX_SLUG_LENGTH)
      .replace(/-+$/, '') || 'decision';
  return `${String(number).padStart(4, '0')}-${slug}.md`;
}
