import { titleWithoutNumber } from './decisionNumber';

// The label some templates put before every title:
// `Architecture Decision Record: X`, `Architectural decision record (ADR) - X`,
// `Decision record: X`, `ADR: X`.
const TITLE_LABEL =
  /^(?:(?:architecture|architectural)\s+)?(?:decision\s+record|adr)(?:\s*\(adr\))?\s*[:\-–—]\s+(?=\S)/i;

/** The title without a leading `Architecture Decision Record:` label; a title that is only the label is kept. */
export function titleWithoutLabel(title: string): string {
  const rest = title.trim().replace(TITLE_LABEL, '');
  return rest || title.trim();
}

/**
 * The title a record is listed under: without the label some templates
 * repeat in every title, nor the number it starts with (a field of its
 * own): `Architecture Decision Record: Use Go` gives `Use Go`, `ADR 0005:
 * Central Argo CD` gives `Central Argo CD`.
 */
export function displayTitle(heading: string): string {
  return titleWithoutNumber(titleWithoutLabel(heading));
}
