import type { ComplianceExportInput } from '../types';

/** The README.txt of an archive: what it holds and how to check it without the portal. */
export function exportReadme(input: ComplianceExportInput): string {
  const { records, anchor } = input.ledger;
  const last = records[records.length - 1];
  const lines = [
    `${input.system.title} (version ${input.system.version}): compliance evidence`,
    `Period: ${input.period.from} (inclusive) to ${input.period.to} (exclusive)`,
    '',
    'Files',
    '  assessment-results.json  OSCAL 1.0.6 assessment results (controls, observations, findings, exemptions as risks)',
    '  controls.csv             each control, the framework requirements it serves, its coverage over the period',
    '  evaluations.csv          each control for each subject in each evaluation run',
    '  observations.csv         every observation of the period with its ledger record',
    '  exemptions.csv           exemptions in force or asked for during the period',
    '  ledger.jsonl             the evidence ledger records of the period (line 1: the anchor record before them)',
    '  SHA256SUMS               the SHA-256 of every other file',
    '',
    'How to verify',
    '  1. Files: unzip the archive and run `sha256sum -c SHA256SUMS` in its folder.',
    '  2. Everything (files, hash chain, OSCAL schema and constraints, evidence links):',
    '     `localplus-compliance-verify <this archive>.zip` (package @localplus/plugin-compliance-node);',
    '     exit code 0 means verified, 1 not verified, 2 unreadable.',
    '  3. The ledger: each record hash is the SHA-256 of the RFC 8785 canonical JSON of',
    '     {sequence, recordedAt, kind, payload, previousHash}; previousHash is the hash of the',
    '     record before (64 zeros for the first record of the ledger).',
    '',
    anchor
      ? `Ledger anchor (record before the period): ${anchor.sequence} ${anchor.hash}`
      : 'Ledger anchor: none (the period starts the ledger)',
    last
      ? `Last ledger record of the period: ${last.sequence} ${last.hash}`
      : 'The period has no ledger records.',
    'Compare the last record with the portal (GET /api/compliance/ledger/verify, or a later',
    'export) to show that this archive is the ledger the portal still holds: a hash chain',
    'cannot show on its own that records were cut from its end.',
  ];
  return `${lines.join('\n')}\n`;
}
