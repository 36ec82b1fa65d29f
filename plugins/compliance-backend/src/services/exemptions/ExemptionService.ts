import {
  ConflictError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import type { ComplianceExemption } from '@localplus/plugin-compliance-common';
import { untilNow } from '../../period';
import type { ComplianceStore } from '../store/ComplianceStore';

/** What the router hands over once the body has passed its schema. */
export interface ExemptionRequest {
  controlId: string;
  subject: string;
  justification: string;
  expiresAt: string;
}

export interface ExemptionFilter {
  status?: ComplianceExemption['status'];
  controlId?: string;
  entityRef?: string;
}

/** Subjects that are catalog entities themselves (others are `workload:`, `repository:`, ...). */
const CATALOG_SUBJECT =
  /^(component|api|resource|system|domain|group|user):[^:/]+\/[^:/]+$/i;

/**
 * The rules of exemptions: anyone granted `compliance.exemption.request`
 * asks, someone else granted `compliance.exemption.decide` approves or
 * rejects, and a decision is final (a new request is the way back). The
 * store refuses a second decision too, so two deciders racing cannot both
 * win.
 */
export class ExemptionService {
  constructor(
    private readonly options: {
      store: ComplianceStore;
      now: () => Date;
    },
  ) {}

  list(filter: ExemptionFilter): Promise<ComplianceExemption[]> {
    return this.options.store.listExemptions({
      status: filter.status ? [filter.status] : undefined,
      controlId: filter.controlId,
      entityRef: filter.entityRef,
    });
  }

  async request(
    request: ExemptionRequest,
    requestedBy: string,
  ): Promise<ComplianceExemption> {
    const { store, now } = this.options;
    const open = await store.listExemptions({
      controlId: request.controlId,
      status: ['requested', 'approved'],
    });
    const instant = now().toISOString();
    const standing = open.find(
      exemption =>
        exemption.subject === request.subject &&
        (exemption.status === 'requested' || exemption.expiresAt > instant),
    );
    if (standing) {
      throw new ConflictError(
        `Exemption ${standing.id} of ${request.controlId} for ${request.subject} is already ${standing.status}`,
      );
    }
    return store.createExemption({
      ...request,
      entityRef: await this.entityRefOf(request.controlId, request.subject),
      requestedBy,
    });
  }

  approve(
    id: string,
    decidedBy: string,
    comment?: string,
  ): Promise<ComplianceExemption> {
    return this.decide(id, { status: 'approved', decidedBy, comment });
  }

  reject(
    id: string,
    decidedBy: string,
    comment: string,
  ): Promise<ComplianceExemption> {
    return this.decide(id, { status: 'rejected', decidedBy, comment });
  }

  private async decide(
    id: string,
    decision: {
      status: 'approved' | 'rejected';
      decidedBy: string;
      comment?: string;
    },
  ): Promise<ComplianceExemption> {
    const { store, now } = this.options;
    const exemption = await store.getExemption(id);
    if (!exemption) {
      throw new NotFoundError(`No exemption ${id}`);
    }
    if (exemption.status !== 'requested') {
      throw new ConflictError(
        `Exemption ${id} was already ${exemption.status} by ${exemption.decidedBy}; a decision is final`,
      );
    }
    if (exemption.requestedBy === decision.decidedBy) {
      throw new NotAllowedError(
        'An exemption is decided by someone other than the person who asked for it',
      );
    }
    const decidedAt = now();
    if (
      decision.status === 'approved' &&
      Date.parse(exemption.expiresAt) <= decidedAt.getTime()
    ) {
      throw new ConflictError(
        `Exemption ${id} expired on ${exemption.expiresAt}; ask for a new one`,
      );
    }
    const decided = await store.decideExemption(id, {
      ...decision,
      decidedAt: decidedAt.toISOString(),
    });
    if (!decided) {
      throw new ConflictError(
        `Exemption ${id} was decided by someone else meanwhile; a decision is final`,
      );
    }
    return decided;
  }

  /**
   * The entity an exemption is shown on: the one the control's latest
   * evaluation of the subject names, else the subject itself when it is a
   * catalog entity.
   */
  private async entityRefOf(
    controlId: string,
    subject: string,
  ): Promise<string | undefined> {
    const latest = await this.options.store.listEvaluations({
      period: untilNow(this.options.now()),
      controlIds: [controlId],
      latestOnly: true,
    });
    const evaluated = latest.find(evaluation => evaluation.subject === subject);
    if (evaluated) {
      return evaluated.entityRef;
    }
    return CATALOG_SUBJECT.test(subject) ? subject : undefined;
  }
}
