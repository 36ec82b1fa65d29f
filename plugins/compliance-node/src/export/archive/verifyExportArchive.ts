import type { LedgerPosition } from '../../ledger/LedgerChainVerifier';
import {
  verifyLedgerRecords,
  type LedgerChainResult,
} from '../../ledger/LedgerChainVerifier';
import {
  EXPORT_FILES,
  EXPORT_ZIP_LIMITS,
  LEDGER_FILE,
  MANIFEST_FILE,
  OSCAL_FILE,
} from '../exportLayout';
import { readLedgerJsonl } from '../ledgerJsonl';
import {
  validateOscalAssessmentResults,
  type OscalValidation,
} from '../oscal/validateOscalAssessmentResults';
import { citedLedgerRecords } from './citedLedgerRecords';
import { readSha256Sums, sha256Hex } from './sha256sums';
import { unzipFiles, ZipRefusedError, type ZipLimits } from './zipFiles';

/** One file of the archive against the manifest. */
export interface ArchiveFileCheck {
  name: string;
  ok: boolean;
  reason?: string;
}

/** The answer of `verifyExportArchive`. */
export interface ExportArchiveVerification {
  /** Everything below verified and nothing is missing. */
  ok: boolean;
  files: ArchiveFileCheck[];
  /** The chain of `ledger.jsonl`; null when the file is missing or unreadable. */
  ledger: LedgerChainResult | null;
  oscal: OscalValidation;
  /** What is wrong beyond single files: refused archive, missing files, broken links. */
  problems: string[];
}

export interface ExportVerificationOptions {
  /**
   * The ledger head the auditor got from elsewhere (the portal, a later
   * export): without it, records cut from the end of the period go unseen.
   */
  expectedHead?: LedgerPosition;
  /** Tighter limits for tests; defaults to 32 entries, 512 MiB each, 1 GiB in all. */
  limits?: ZipLimits;
}

/** Each kind of problem is listed this many times at most. */
const MAX_LISTED = 20;

/**
 * Verifies an export archive offline: the archive is safe to read, every
 * file matches `SHA256SUMS` and nothing is missing or extra, the ledger
 * records form an unbroken chain from their anchor, the OSCAL document
 * matches the NIST schema and the metaschema constraints (allowed values,
 * references that resolve, uniqueness), and every ledger record it cites
 * as evidence is in `ledger.jsonl`. Never throws.
 */
export function verifyExportArchive(
  bytes: Uint8Array,
  options: ExportVerificationOptions = {},
): ExportArchiveVerification {
  let entries: Map<string, Uint8Array>;
  try {
    entries = unzipFiles(bytes, options.limits ?? EXPORT_ZIP_LIMITS);
  } catch (error) {
    const message =
      error instanceof ZipRefusedError
        ? error.message
        : `unreadable: ${String(error)}`;
    return {
      ok: false,
      files: [],
      ledger: null,
      oscal: { valid: false, errors: [`${OSCAL_FILE} was not read`] },
      problems: [`The archive was refused: ${message}.`],
    };
  }

  const problems: string[] = [];
  const text = (name: string) => {
    const content = entries.get(name);
    return content
      ? new TextDecoder('utf-8', { fatal: false }).decode(content)
      : undefined;
  };

  const files = checkFiles(entries, text(MANIFEST_FILE), problems);
  for (const name of EXPORT_FILES) {
    if (!entries.has(name)) problems.push(`The archive has no ${name}.`);
  }

  let ledger: LedgerChainResult | null = null;
  const ledgerText = text(LEDGER_FILE);
  const ledgerHashes = new Map<string, number>();
  if (ledgerText !== undefined) {
    const parsed = readLedgerJsonl(ledgerText);
    problems.push(...parsed.problems.slice(0, MAX_LISTED));
    ledger = verifyLedgerRecords(parsed.records, {
      anchor: parsed.anchor,
      expectedHead: options.expectedHead,
    });
    for (const record of parsed.records) {
      const { sequence, hash } = (record ?? {}) as {
        sequence?: unknown;
        hash?: unknown;
      };
      if (typeof hash === 'string' && typeof sequence === 'number') {
        ledgerHashes.set(hash, sequence);
      }
    }
  }

  let oscal: OscalValidation = {
    valid: false,
    errors: [`${OSCAL_FILE} is missing`],
  };
  const oscalText = text(OSCAL_FILE);
  if (oscalText !== undefined) {
    let document: unknown;
    try {
      document = JSON.parse(oscalText);
    } catch (error) {
      oscal = {
        valid: false,
        errors: [`${OSCAL_FILE} is not JSON: ${(error as Error).message}`],
      };
    }
    if (document !== undefined) {
      oscal = validateOscalAssessmentResults(document);
      if (ledgerText !== undefined) {
        problems.push(...unledgeredEvidence(document, ledgerHashes));
      }
    }
  }

  const ok =
    problems.length === 0 &&
    files.every(file => file.ok) &&
    ledger !== null &&
    ledger.ok &&
    oscal.valid;
  return { ok, files, ledger, oscal, problems };
}

/** Every entry against the manifest, and every manifest line against the entries. */
function checkFiles(
  entries: Map<string, Uint8Array>,
  manifest: string | undefined,
  problems: string[],
): ArchiveFileCheck[] {
  if (manifest === undefined) {
    problems.push(
      `The archive has no ${MANIFEST_FILE}: no file can be checked.`,
    );
    return [...entries.keys()]
      .filter(name => name !== MANIFEST_FILE)
      .sort()
      .map(name => ({
        name,
        ok: false,
        reason: `no ${MANIFEST_FILE} to check it against`,
      }));
  }
  const { sums, problems: manifestProblems } = readSha256Sums(manifest);
  problems.push(...manifestProblems.slice(0, MAX_LISTED));
  const names = new Set([...entries.keys(), ...sums.keys()]);
  names.delete(MANIFEST_FILE);
  return [...names].sort().map((name): ArchiveFileCheck => {
    const expected = sums.get(name);
    const content = entries.get(name);
    if (!content)
      return {
        name,
        ok: false,
        reason: `listed in ${MANIFEST_FILE} but missing from the archive`,
      };
    if (!expected)
      return { name, ok: false, reason: `not listed in ${MANIFEST_FILE}` };
    const actual = sha256Hex(content);
    return actual === expected
      ? { name, ok: true }
      : {
          name,
          ok: false,
          reason: `SHA-256 is ${actual}, ${MANIFEST_FILE} says ${expected}`,
        };
  });
}

/** Evidence of the OSCAL document that points at ledger records the archive does not hold. */
function unledgeredEvidence(
  document: unknown,
  ledgerHashes: Map<string, number>,
): string[] {
  const problems: string[] = [];
  let missing = 0;
  for (const cited of citedLedgerRecords(document)) {
    const sequence = ledgerHashes.get(cited.hash);
    const wrongSequence =
      sequence !== undefined &&
      cited.sequence !== undefined &&
      sequence !== cited.sequence;
    if (sequence !== undefined && !wrongSequence) continue;
    missing += 1;
    if (missing > MAX_LISTED) continue;
    problems.push(
      wrongSequence
        ? `Observation ${cited.observation} cites ledger record ${cited.sequence} with hash ${cited.hash}, which ${LEDGER_FILE} holds as record ${sequence}.`
        : `Observation ${cited.observation} cites ledger hash ${cited.hash}, which ${LEDGER_FILE} does not hold.`,
    );
  }
  if (missing > MAX_LISTED) {
    problems.push(
      `... and ${
        missing - MAX_LISTED
      } more observations cite records ${LEDGER_FILE} does not hold.`,
    );
  }
  return problems;
}
