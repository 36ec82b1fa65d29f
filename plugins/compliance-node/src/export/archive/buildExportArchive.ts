import { exportCsvBytes } from '../csv/exportCsvFiles';
import { writeLedgerJsonlBytes } from '../ledgerJsonl';
import {
  buildOscalAssessmentResults,
  type OscalExportOptions,
} from '../oscal/buildOscalAssessmentResults';
import { oscalDateTime } from '../oscal/oscalValues';
import { validateOscalAssessmentResults } from '../oscal/validateOscalAssessmentResults';
import { writePrettyJson } from '../oscal/writePrettyJson';
import { Utf8Writer } from '../utf8Writer';
import type { ComplianceExportInput } from '../types';
import { LEDGER_FILE, MANIFEST_FILE, OSCAL_FILE } from '../exportLayout';
import { exportReadme } from './exportReadme';
import { writeSha256Sums } from './sha256sums';
import { zipFiles } from './zipFiles';

/**
 * The export of a period as a zip archive: OSCAL assessment results, CSV
 * files, the ledger records, a README and a `SHA256SUMS` manifest. Entries
 * are sorted and dated at the end of the period, so the same input gives
 * the same bytes.
 *
 * @throws Error when the input cannot be exported (a date OSCAL cannot hold,
 *   a payload that is not JSON) or the OSCAL document fails the NIST schema
 *   or the metaschema constraints (validateOscalAssessmentResults).
 */
export function buildExportArchive(
  input: ComplianceExportInput,
  options: OscalExportOptions = {},
): Uint8Array {
  const end = new Date(oscalDateTime(input.period.to, 'period.to'));
  const document = buildOscalAssessmentResults(input, options);
  const validation = validateOscalAssessmentResults(document);
  if (!validation.valid) {
    throw new Error(
      `The OSCAL assessment results do not match OSCAL 1.0.6 (schema and metaschema constraints): ${validation.errors.join(
        '; ',
      )}`,
    );
  }
  // Every file is written straight into bytes: at 90 days of a large
  // platform, some hold hundreds of megabytes, too much for one string.
  const oscal = new Utf8Writer();
  writePrettyJson(document, oscal);
  const files = new Map<string, Uint8Array>(
    Object.entries({
      'README.txt': Buffer.from(exportReadme(input), 'utf8'),
      [OSCAL_FILE]: oscal.bytes(),
      ...exportCsvBytes(input),
      [LEDGER_FILE]: writeLedgerJsonlBytes(
        input.ledger.anchor,
        input.ledger.records,
      ),
    }),
  );
  files.set(MANIFEST_FILE, Buffer.from(writeSha256Sums(files), 'utf8'));
  return zipFiles(Object.fromEntries(files), end);
}
