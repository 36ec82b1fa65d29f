/** The files of an export archive, besides the manifest. */
export const EXPORT_FILES = [
  'README.txt',
  'assessment-results.json',
  'controls.csv',
  'evaluations.csv',
  'exemptions.csv',
  'ledger.jsonl',
  'observations.csv',
] as const;

/** The manifest: the SHA-256 of every other file. */
export const MANIFEST_FILE = 'SHA256SUMS';

export const OSCAL_FILE = 'assessment-results.json';

export const LEDGER_FILE = 'ledger.jsonl';

/**
 * What an archive may hold before it is refused unread: an export has 8
 * files; 512 MiB for one file and 1 GiB in all are far above a year of
 * evidence and far below what would exhaust a laptop.
 */
export const EXPORT_ZIP_LIMITS = {
  maxEntries: 32,
  maxEntryBytes: 512 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
};
