import type { AuditorService } from '@backstage/backend-plugin-api';
import type { Severity } from '@localplus/plugin-oncall-common';
import type { RotationService } from '../../services/RotationService/RotationService';
import type { PageEscalator } from '../escalation/PageEscalator';
import type {
  AlertmanagerAlert,
  AlertmanagerPayload,
} from './alertmanagerPayload';
import { entityRefOf, severityOf, summaryOf, webUrlOf } from './alertToPage';
import { attributePage } from './pageAttribution';
import type { PageRecord, PageStore } from './PageStore';
import { storedInstant } from './pageRows';

export interface RecordedAlerts {
  created: number;
  updated: number;
  resolved: number;
}

/** Before this, Alertmanager's "no end known" zero time (0001-01-01). */
const FIRST_REAL_INSTANT = Date.UTC(1970, 0, 2);

/**
 * Turns Alertmanager notifications into pages: who the alert concerns, how
 * severe it is, the rotation answering for it and who held its roles when
 * it fired. Pages are then escalated at once, so the first step (the
 * primary) is recorded without waiting for the escalation task.
 */
export class PageRecorder {
  constructor(
    private readonly options: {
      store: PageStore;
      rotations: RotationService;
      escalator: PageEscalator;
      auditor: AuditorService;
      severityFromLabels: Readonly<Record<string, Severity>>;
      clock?: () => Date;
    },
  ) {}

  async record(payload: AlertmanagerPayload): Promise<RecordedAlerts> {
    const counts: RecordedAlerts = { created: 0, updated: 0, resolved: 0 };
    for (const alert of payload.alerts) {
      if (alert.status === 'resolved') {
        await this.recordResolved(alert, payload.receiver);
        counts.resolved += 1;
      } else if (await this.recordFiring(alert, payload.receiver)) {
        counts.created += 1;
      } else {
        counts.updated += 1;
      }
    }
    return counts;
  }

  private now(): Date {
    return this.options.clock?.() ?? new Date();
  }

  private async recordFiring(
    alert: AlertmanagerAlert,
    receiver: string,
  ): Promise<boolean> {
    const record = await this.pageRecord(alert);
    const { page, created } = await this.options.store.record(record);
    if (created) {
      await this.audit(page.id, record, receiver);
      await this.options.escalator.escalate(page, this.now());
    }
    return created;
  }

  private async recordResolved(
    alert: AlertmanagerAlert,
    receiver: string,
  ): Promise<void> {
    const resolvedAt = this.resolvedAt(alert);
    const firedAt = storedInstant(alert.startsAt);
    const known = await this.options.store.resolve(
      alert.fingerprint,
      firedAt,
      resolvedAt,
    );
    if (known) {
      return;
    }
    // Fired while nobody listened (before the portal started, say): the
    // page is still recorded, for the history and the fairness report.
    const record = { ...(await this.pageRecord(alert)), resolvedAt };
    const { page, created } = await this.options.store.record(record);
    if (created) {
      await this.audit(page.id, record, receiver);
    }
  }

  private resolvedAt(alert: AlertmanagerAlert): string {
    const endsAt = alert.endsAt ? Date.parse(alert.endsAt) : NaN;
    return endsAt >= FIRST_REAL_INSTANT
      ? new Date(endsAt).toISOString()
      : this.now().toISOString();
  }

  private async pageRecord(alert: AlertmanagerAlert): Promise<PageRecord> {
    const { rotations, severityFromLabels } = this.options;
    const firedAt = storedInstant(alert.startsAt);
    const entityRef = entityRefOf(alert.labels);
    const severity = severityOf(alert.labels, severityFromLabels);
    const record: PageRecord = {
      fingerprint: alert.fingerprint,
      firedAt,
      alertName: (alert.labels.alertname ?? 'unnamed alert').slice(0, 255),
      summary: summaryOf(alert),
      entityRef,
      severity,
      labels: alert.labels,
      generatorUrl: webUrlOf(alert.generatorURL),
      runbookUrl: webUrlOf(alert.annotations.runbook_url),
    };
    if (!entityRef) {
      return record;
    }
    const attribution = await attributePage(rotations, {
      entityRef,
      firedAt,
      severity,
    });
    return { ...record, ...attribution };
  }

  private async audit(
    pageId: string,
    record: PageRecord,
    receiver: string,
  ): Promise<void> {
    // No request is passed: its Authorization header carries the webhook
    // secret, which is no Backstage token for the auditor to resolve.
    const event = await this.options.auditor.createEvent({
      eventId: 'page-create',
      severityLevel: 'medium',
      meta: {
        actor: 'alertmanager-webhook',
        receiver,
        pageId,
        fingerprint: record.fingerprint,
        alertName: record.alertName,
        severity: record.severity,
        firedAt: record.firedAt,
        entityRef: record.entityRef ?? null,
        rotation: record.rotation ?? null,
        primary: record.primary ?? null,
      },
    });
    await event.success();
  }
}
