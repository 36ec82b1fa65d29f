import type { ParsedDecision } from '@localplus/plugin-adr-common';

/** One markdown file of a decision folder, as the backend hands it to the parsers. */
export interface DecisionFile {
  /** The file's name, e.g. `0005-central-argocd.md` or `2024-03-01-use-kafka.md`. */
  fileName: string;
  /** Where it was read (URL or path), for messages. */
  location: string;
  /** The file's text, decoded as UTF-8. */
  text: string;
}

/**
 * Reads one decision-record format. The backend asks the installed parsers
 * in order (modules' parsers first, then the built-in MADR 4/3, MADR 2 and
 * Nygard parsers) and uses the first whose `canParse` says yes. A parser
 * throws an Error whose message says what is wrong with the file; the file
 * is then reported as a problem and the rest of the folder is indexed.
 */
export interface DecisionParser {
  /** Unique, e.g. `madr`, `nygard`, `acme-rfc`; a second parser with the same id is refused at startup. */
  readonly id: string;
  canParse(file: DecisionFile): boolean;
  parse(file: DecisionFile): ParsedDecision;
}
