import type { ComplianceExemption } from '@localplus/plugin-compliance-common';
import type { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { appendToLedger } from './appendToLedger';
import type { NewExemption } from './ComplianceStore';
import { ExemptionRow, toExemption, toExemptionRow } from './exemptionRows';
import { exemptionPayload } from './ledgerPayloads';
import { EXEMPTIONS_TABLE, instant } from './tables';

/** Security's answer to an open exemption request. */
export interface ExemptionDecision {
  status: 'approved' | 'rejected';
  decidedBy: string;
  decidedAt: string;
  comment?: string;
}

/** Which exemptions to list; `activeAt` keeps the approved ones in force then. */
export interface ExemptionFilter {
  status?: ComplianceExemption['status'][];
  controlId?: string;
  entityRef?: string;
  activeAt?: string;
}

/** Records a request and its ledger entry in one transaction. */
export async function createExemption(
  db: Knex,
  exemption: NewExemption,
  now: Date,
): Promise<ComplianceExemption> {
  const created: ComplianceExemption = {
    id: randomUUID(),
    controlId: exemption.controlId,
    subject: exemption.subject,
    ...(exemption.entityRef
      ? { entityRef: exemption.entityRef.toLocaleLowerCase('en-US') }
      : {}),
    justification: exemption.justification,
    requestedBy: exemption.requestedBy,
    requestedAt: now.toISOString(),
    status: 'requested',
    expiresAt: instant(exemption.expiresAt),
  };
  await db.transaction(async tx => {
    await tx(EXEMPTIONS_TABLE).insert(toExemptionRow(created));
    await appendToLedger(
      tx,
      [{ kind: 'exemption', payload: exemptionPayload('requested', created) }],
      now,
    );
  });
  return created;
}

/**
 * Decides a request still open; undefined when there is none (unknown, or
 * already decided by someone else: the update only matches `requested`).
 */
export async function decideExemption(
  db: Knex,
  id: string,
  decision: ExemptionDecision,
  now: Date,
): Promise<ComplianceExemption | undefined> {
  return db.transaction(async tx => {
    const updated = await tx<ExemptionRow>(EXEMPTIONS_TABLE)
      .where({ id, status: 'requested' })
      .update({
        status: decision.status,
        decided_by: decision.decidedBy,
        decided_at: instant(decision.decidedAt),
        decision_comment: decision.comment ?? null,
      });
    if (updated !== 1) return undefined;
    const [row] = await tx<ExemptionRow>(EXEMPTIONS_TABLE).where('id', id);
    const decided = toExemption(row);
    await appendToLedger(
      tx,
      [
        {
          kind: 'exemption',
          payload: exemptionPayload(decision.status, decided),
        },
      ],
      now,
    );
    return decided;
  });
}

export async function getExemption(
  db: Knex,
  id: string,
): Promise<ComplianceExemption | undefined> {
  const row = await db<ExemptionRow>(EXEMPTIONS_TABLE).where('id', id).first();
  return row ? toExemption(row) : undefined;
}

/** Newest request first. */
export async function listExemptions(
  db: Knex,
  filter: ExemptionFilter,
): Promise<ComplianceExemption[]> {
  let select = db<ExemptionRow>(EXEMPTIONS_TABLE);
  if (filter.status) select = select.whereIn('status', filter.status);
  if (filter.controlId) select = select.where('control_id', filter.controlId);
  if (filter.entityRef) {
    select = select.where(
      'entity_ref',
      filter.entityRef.toLocaleLowerCase('en-US'),
    );
  }
  if (filter.activeAt) {
    const at = instant(filter.activeAt);
    select = select
      .where('status', 'approved')
      .where('decided_at', '<=', at)
      .where('expires_at', '>', at);
  }
  const rows = await select.orderBy('requested_at', 'desc').orderBy('id');
  return rows.map(toExemption);
}
