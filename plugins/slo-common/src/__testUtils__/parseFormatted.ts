import {
  formatOpenSloProblem,
  parseOpenSloDocuments,
} from '../openslo/parseOpenSloDocuments';

/** `parseOpenSloDocuments`, with each problem as the line users read. */
export function parseFormatted(text: string) {
  const { documents, problems } = parseOpenSloDocuments(text);
  return { documents, problems: problems.map(formatOpenSloProblem) };
}
