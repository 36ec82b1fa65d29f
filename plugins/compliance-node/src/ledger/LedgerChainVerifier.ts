import type {
  LedgerRecord,
  LedgerVerification,
} from '@localplus/plugin-compliance-common';
import { GENESIS_HASH, hashLedgerRecord } from './hashLedgerRecord';

/** A place in the chain: a record's sequence number and hash. */
export interface LedgerPosition {
  sequence: number;
  hash: string;
}

export interface LedgerVerificationOptions {
  /**
   * The record just before the first one verified, when the records are a
   * page or a period of a longer ledger. Without it the records must start
   * the ledger: sequence 1, linked to `GENESIS_HASH`.
   */
  anchor?: LedgerPosition | null;
  /**
   * A position the ledger is known to have reached, kept outside the ledger
   * (the head stated by an export, a receipt given to the auditor). A hash
   * chain cannot show that records were cut off its end: only a head known
   * from elsewhere can. With it, records missing up to that position, or a
   * different record at it, break the chain; records appended after it are
   * accepted.
   */
  expectedHead?: LedgerPosition;
}

/** A verification without its time stamp, which the caller adds. */
export type LedgerChainResult = Omit<LedgerVerification, 'verifiedAt'>;

type BrokenRecord = NonNullable<LedgerVerification['firstBroken']>;

const HEX_SHA256 = /^[0-9a-f]{64}$/;
const KINDS: ReadonlySet<string> = new Set<LedgerRecord['kind']>([
  'observation',
  'exemption',
  'run',
]);

/**
 * Verifies a ledger one record at a time, so a caller can page through
 * millions of rows with constant memory: `add` each record in sequence
 * order, then read `result()`.
 *
 * Each record must be well formed, carry the next sequence number, link to
 * the hash of the record before (or the anchor) and hash to its own `hash`.
 * The first record that does not is reported, and nothing after it is
 * checked: once a link is broken, later records prove nothing.
 *
 * Without `expectedHead`, records removed from the end of the ledger go
 * unnoticed: the shorter chain is still a valid chain.
 */
export class LedgerChainVerifier {
  readonly #expectedHead?: LedgerPosition;
  #head: LedgerPosition;
  #records = 0;
  #firstBroken?: BrokenRecord;

  constructor(options: LedgerVerificationOptions = {}) {
    const anchor = options.anchor ?? null;
    if (anchor) assertPosition(anchor, 'anchor');
    if (options.expectedHead) {
      assertPosition(options.expectedHead, 'expectedHead');
    }
    this.#head = anchor
      ? { sequence: anchor.sequence, hash: anchor.hash }
      : { sequence: 0, hash: GENESIS_HASH };
    this.#expectedHead = options.expectedHead;
  }

  /** Whether every record added so far verifies. */
  get ok(): boolean {
    return !this.#firstBroken;
  }

  /**
   * Checks the next record. Returns whether the chain still verifies; once
   * it returns false the caller may stop reading.
   */
  add(record: unknown): boolean {
    if (this.#firstBroken) return false;
    this.#records += 1;
    this.#firstBroken = this.#check(record);
    return !this.#firstBroken;
  }

  /**
   * The verification of the records added so far. `headSequence` and
   * `headHash` are those of the last record that verified (the anchor when
   * none did); `records` counts the records checked, the first broken one
   * included (records added after it are not checked).
   */
  result(): LedgerChainResult {
    const firstBroken = this.#firstBroken ?? this.#checkReachedHead();
    return {
      ok: !firstBroken,
      records: this.#records,
      headSequence: this.#head.sequence,
      headHash: this.#head.hash,
      ...(firstBroken ? { firstBroken } : {}),
    };
  }

  #check(record: unknown): BrokenRecord | undefined {
    const expectedSequence = this.#head.sequence + 1;
    const malformed = describeMalformed(record);
    if (malformed) {
      const sequence = (record as { sequence?: unknown } | null)?.sequence;
      return {
        sequence: isSequence(sequence) ? sequence : expectedSequence,
        reason: 'malformed',
        message: `The record after ${this.#describeHead()} is malformed: ${malformed}.`,
      };
    }
    const entry = record as LedgerRecord;
    if (entry.sequence !== expectedSequence) {
      return {
        sequence: entry.sequence,
        reason: 'sequence-gap',
        message:
          `Record ${entry.sequence} follows ${this.#describeHead()}; ` +
          `record ${expectedSequence} was expected (a record was deleted, inserted or moved).`,
      };
    }
    if (entry.previousHash !== this.#head.hash) {
      return {
        sequence: entry.sequence,
        reason: 'previous-hash-mismatch',
        message:
          `Record ${entry.sequence} links to previous hash ${entry.previousHash}, ` +
          `but ${this.#describeHead()} has hash ${this.#head.hash}.`,
      };
    }
    let computed: string;
    try {
      computed = hashLedgerRecord(entry);
    } catch (error) {
      return {
        sequence: entry.sequence,
        reason: 'malformed',
        message: `Record ${entry.sequence} cannot be hashed: ${
          (error as Error).message
        }.`,
      };
    }
    if (computed !== entry.hash) {
      return {
        sequence: entry.sequence,
        reason: 'hash-mismatch',
        message:
          `Record ${entry.sequence} hashes to ${computed}, not to its stored hash ` +
          `${entry.hash}: its content was changed after it was recorded.`,
      };
    }
    const expectedHead = this.#expectedHead;
    if (expectedHead && entry.sequence === expectedHead.sequence) {
      if (entry.hash !== expectedHead.hash) {
        return {
          sequence: entry.sequence,
          reason: 'hash-mismatch',
          message:
            `Record ${entry.sequence} has hash ${entry.hash}, but the expected head ` +
            `is ${expectedHead.hash}: the chain was rewritten from this record or earlier.`,
        };
      }
    }
    this.#head = { sequence: entry.sequence, hash: entry.hash };
    return undefined;
  }

  #checkReachedHead(): BrokenRecord | undefined {
    const expectedHead = this.#expectedHead;
    if (!expectedHead || this.#head.sequence >= expectedHead.sequence) {
      return undefined;
    }
    return {
      sequence: this.#head.sequence + 1,
      reason: 'sequence-gap',
      message:
        `The records end at ${this.#describeHead()}, but the ledger's head is record ` +
        `${expectedHead.sequence}: records ${this.#head.sequence + 1} to ` +
        `${expectedHead.sequence} are missing.`,
    };
  }

  #describeHead(): string {
    return this.#head.sequence === 0
      ? 'the start of the ledger'
      : `record ${this.#head.sequence}`;
  }
}

/**
 * Verifies records given in sequence order (see `LedgerChainVerifier`);
 * for a ledger too large to hold in memory, use the verifier directly.
 */
export function verifyLedgerRecords(
  records: Iterable<unknown>,
  options: LedgerVerificationOptions = {},
): LedgerChainResult {
  const verifier = new LedgerChainVerifier(options);
  for (const record of records) {
    if (!verifier.add(record)) break;
  }
  return verifier.result();
}

function describeMalformed(record: unknown): string | undefined {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return 'it is not an object';
  }
  const { sequence, recordedAt, kind, payload, previousHash, hash } =
    record as Record<string, unknown>;
  if (!isSequence(sequence)) {
    return `sequence must be a positive integer, not ${show(sequence)}`;
  }
  if (typeof recordedAt !== 'string' || recordedAt.length === 0) {
    return `recordedAt must be a non-empty string, not ${show(recordedAt)}`;
  }
  if (typeof kind !== 'string' || !KINDS.has(kind)) {
    return `kind must be one of ${[...KINDS].join(', ')}, not ${show(kind)}`;
  }
  if (payload === undefined) return 'it has no payload';
  if (typeof previousHash !== 'string' || !HEX_SHA256.test(previousHash)) {
    return `previousHash must be 64 lower-case hex digits, not ${show(
      previousHash,
    )}`;
  }
  if (typeof hash !== 'string' || !HEX_SHA256.test(hash)) {
    return `hash must be 64 lower-case hex digits, not ${show(hash)}`;
  }
  return undefined;
}

function isSequence(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;
}

function assertPosition(position: LedgerPosition, name: string) {
  if (
    typeof position !== 'object' ||
    position === null ||
    !Number.isSafeInteger(position.sequence) ||
    position.sequence < 0 ||
    typeof position.hash !== 'string' ||
    !HEX_SHA256.test(position.hash)
  ) {
    throw new TypeError(
      `${name} must be { sequence: a non-negative integer, hash: 64 lower-case hex digits }`,
    );
  }
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  const text =
    typeof value === 'string' ? JSON.stringify(value) : String(value);
  const shown = text.length > 80 ? `${text.slice(0, 77)}...` : text;
  return `${typeof value} ${shown}`;
}
