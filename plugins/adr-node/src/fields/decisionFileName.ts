// Names of the files that sit beside records without being one: indexes,
// and the templates of MADR (`adr-template.md`, `adr-template-minimal.md`,
// `template.md`), adr-tools (`template.md`, `template-madr.md`) and
// log4brains (`template.md`), also when numbered (`0000-template.md`).
const NOT_RECORDS = new Set([
  'index',
  'readme',
  'contributing',
  'changelog',
  'license',
  'summary',
]);
const TEMPLATE =
  /^(?:\d+[-_])?(?:(?:m?adr|decision|record)[-_])?template(?:[-_](?:bare|minimal|madr|nygard|full|short|long|lite))*$/;

/**
 * Whether a markdown file of a decision folder is a record. Only `.md`
 * files; not dot or underscore files (`.adr-dir`, `_sidebar.md`), not
 * `index.md`, `README.md` and similar, and not templates. Real records
 * numbered 0 (MADR's own `0000-use-markdown-any-decision-records.md`) are
 * records.
 */
export function isDecisionFileName(fileName: string): boolean {
  if (!/\.md$/i.test(fileName)) return false;
  if (fileName.startsWith('.') || fileName.startsWith('_')) return false;
  if (/[/\\]/.test(fileName)) return false;
  const stem = fileName.slice(0, -3).toLocaleLowerCase('en-US');
  if (!stem) return false;
  return !NOT_RECORDS.has(stem) && !TEMPLATE.test(stem);
}
