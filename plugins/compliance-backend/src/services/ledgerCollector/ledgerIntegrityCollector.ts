import type { LedgerVerification } from '@localplus/plugin-compliance-common';
import type {
  CollectedObservation,
  EvidenceCollector,
} from '@localplus/plugin-compliance-node';

/** The subject of the ledger's own check. */
export const EVIDENCE_LEDGER_SUBJECT = 'portal:evidence-ledger';

/**
 * The built-in collector `ledger`, check `integrity`: the evidence ledger
 * verifies from its first record. It proves the trail the other evidence
 * rests on was not edited, for controls on immutable audit trails.
 */
export function createLedgerIntegrityCollector(verifier: {
  verify(options?: { signal?: AbortSignal }): Promise<LedgerVerification>;
}): EvidenceCollector {
  return {
    id: 'ledger',
    title: 'Evidence ledger',
    description:
      "The compliance backend's own hash-chained record of every observation, exemption and run.",
    checks: [
      {
        id: 'integrity',
        title: 'Evidence ledger integrity',
        description:
          'Every record of the evidence ledger, from the first, hashes to its stored SHA-256 and links to the record before; no record is missing up to the head the last append recorded.',
      },
    ],
    async collect({ signal }) {
      const verification = await verifier.verify({ signal });
      return [toObservation(verification)];
    },
  };
}

function toObservation(verification: LedgerVerification): CollectedObservation {
  const { ok, records, headSequence, headHash, firstBroken } = verification;
  let summary: string;
  if (firstBroken) {
    summary = `Record ${firstBroken.sequence} of the evidence ledger does not verify (${firstBroken.reason}): ${firstBroken.message}`;
  } else if (headSequence === 0) {
    summary = 'The evidence ledger is empty: nothing was recorded yet.';
  } else {
    summary = `The evidence ledger verifies from record 1 to record ${headSequence} (head hash ${headHash.slice(
      0,
      12,
    )}...).`;
  }
  return {
    check: 'ledger.integrity',
    subject: EVIDENCE_LEDGER_SUBJECT,
    result: ok ? 'pass' : 'fail',
    summary: summary.length > 1000 ? `${summary.slice(0, 997)}...` : summary,
    method: 'test',
    examined: [
      {
        type: 'evidence-ledger',
        ref: `compliance_ledger records 1..${
          firstBroken ? firstBroken.sequence : headSequence
        }`,
        href: '/api/compliance/ledger/verify',
      },
    ],
    details: {
      records,
      headSequence,
      headHash,
      ...(firstBroken
        ? {
            firstBrokenSequence: firstBroken.sequence,
            firstBrokenReason: firstBroken.reason,
          }
        : {}),
    },
  };
}
