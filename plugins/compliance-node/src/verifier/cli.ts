import { readFile, stat } from 'node:fs/promises';
import {
  verifyExportArchive,
  type ExportArchiveVerification,
} from '../export/archive/verifyExportArchive';
import { EXPORT_ZIP_LIMITS } from '../export/exportLayout';
import type { LedgerPosition } from '../ledger/LedgerChainVerifier';

/** Where the command writes; the real process streams, or a test's buffers. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const EXIT_VERIFIED = 0;
export const EXIT_NOT_VERIFIED = 1;
export const EXIT_USAGE = 2;

const USAGE = `Usage: localplus-compliance-verify [--head <sequence>:<sha-256>] [--json] <export.zip>

Verifies a LOCAL-PLUS compliance export offline: the SHA256SUMS manifest, the
evidence ledger's hash chain, the OSCAL assessment results against the NIST
schema, and that every observation's ledger record is in the archive.

  --head <sequence>:<sha-256>  the ledger head known from the portal; without
                               it, records cut from the end cannot be seen
  --json                       print the whole verification as JSON

Exit codes: 0 verified, 1 not verified, 2 usage error or unreadable file.
`;

/** An archive larger than everything it may hold cannot be an export. */
const MAX_ARCHIVE_BYTES = EXPORT_ZIP_LIMITS.maxTotalBytes + 64 * 1024 * 1024;

type ParsedArguments =
  | {
      kind: 'verify';
      path: string;
      json: boolean;
      expectedHead?: LedgerPosition;
    }
  | { kind: 'help' }
  | { kind: 'error'; message: string };

/**
 * The offline verifier. `argv` are the arguments after the program name.
 * Returns the exit code; never throws for bad input.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseArguments(argv);
  if (parsed.kind === 'error') {
    io.stderr(`${parsed.message}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (parsed.kind === 'help') {
    io.stdout(USAGE);
    return EXIT_VERIFIED;
  }

  let bytes: Uint8Array;
  try {
    const info = await stat(parsed.path);
    if (!info.isFile()) {
      io.stderr(`${parsed.path} is not a file.\n`);
      return EXIT_USAGE;
    }
    if (info.size > MAX_ARCHIVE_BYTES) {
      io.stderr(
        `${parsed.path} is ${info.size} bytes, too large to be an export.\n`,
      );
      return EXIT_USAGE;
    }
    bytes = await readFile(parsed.path);
  } catch (error) {
    io.stderr(
      `Cannot read ${parsed.path}: ${
        (error as NodeJS.ErrnoException).code ?? (error as Error).message
      }.\n`,
    );
    return EXIT_USAGE;
  }

  const verification = verifyExportArchive(bytes, {
    expectedHead: parsed.expectedHead,
  });
  if (parsed.json) {
    io.stdout(`${JSON.stringify(verification, null, 2)}\n`);
  } else {
    io.stdout(report(parsed.path, verification));
  }
  return verification.ok ? EXIT_VERIFIED : EXIT_NOT_VERIFIED;
}

function parseArguments(argv: string[]): ParsedArguments {
  let json = false;
  let expectedHead: LedgerPosition | undefined;
  const paths: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === '--help' || argument === '-h') return { kind: 'help' };
    if (argument === '--json') {
      json = true;
    } else if (argument === '--head') {
      const value = argv[++index] ?? '';
      const match = /^(\d{1,15}):([0-9a-f]{64})$/.exec(value);
      if (!match) {
        const message = `--head needs <sequence>:<64 lower-case hex digits>, not ${JSON.stringify(
          value,
        )}.`;
        return { kind: 'error', message };
      }
      expectedHead = { sequence: Number(match[1]), hash: match[2] };
    } else if (argument.startsWith('-') && argument !== '-') {
      return { kind: 'error', message: `Unknown option ${argument}.` };
    } else {
      paths.push(argument);
    }
  }
  if (paths.length !== 1) {
    const message =
      paths.length === 0
        ? 'Give the export archive to verify.'
        : 'Give one export archive.';
    return { kind: 'error', message };
  }
  return {
    kind: 'verify',
    path: paths[0],
    json,
    ...(expectedHead ? { expectedHead } : {}),
  };
}

/** Text output lists this many errors of a kind; `--json` lists them all. */
const SHOWN = 5;

function firstOf(items: string[], indent: string): string[] {
  const shown = items.slice(0, SHOWN).map(item => `${indent}${item}`);
  if (items.length > SHOWN) {
    shown.push(
      `${indent}... and ${items.length - SHOWN} more (--json lists them).`,
    );
  }
  return shown;
}

/** What an auditor reads: the verdict first, then the first thing that failed. */
function report(path: string, verification: ExportArchiveVerification): string {
  const lines = [verification.ok ? `VERIFIED ${path}` : `NOT VERIFIED ${path}`];
  const badFiles = verification.files.filter(file => !file.ok);
  lines.push(
    `Files: ${verification.files.length - badFiles.length} of ${
      verification.files.length
    } match SHA256SUMS.`,
  );
  for (const file of badFiles) lines.push(`  ${file.name}: ${file.reason}`);

  const ledger = verification.ledger;
  if (ledger) {
    lines.push(
      ledger.ok
        ? `Ledger: ${ledger.records} records verify; head record ${ledger.headSequence} ${ledger.headHash}.`
        : `Ledger: broken at record ${ledger.firstBroken!.sequence} (${
            ledger.firstBroken!.reason
          }): ${ledger.firstBroken!.message}`,
    );
  }
  lines.push(
    verification.oscal.valid
      ? 'OSCAL: assessment-results.json is valid OSCAL 1.0.6.'
      : 'OSCAL: assessment-results.json is not valid OSCAL 1.0.6:',
  );
  lines.push(...firstOf(verification.oscal.errors, '  '));
  lines.push(...firstOf(verification.problems, ''));
  return `${lines.join('\n')}\n`;
}
