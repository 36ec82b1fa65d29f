import type { LoggerService } from '@backstage/backend-plugin-api';
import {
  escalationStepDue,
  resolveEscalation,
  type OnCallPage,
} from '@localplus/plugin-oncall-common';
import type { RotationService } from '../../services/RotationService/RotationService';
import type { NotifiedStep, PageStore } from '../pages/PageStore';
import { attributePage } from '../pages/pageAttribution';
import { lastNotifiedStep } from '../pages/pageRows';

/**
 * Walks a page along its rotation's escalation policy. Each step that has
 * come due since the last run is recorded with the people it calls, at the
 * time of the run.
 *
 * This portal has no outbound channel (no SMS, phone, chat or e-mail
 * sender): "notifying" means recording who is to be called, showing it on
 * the page and logging it. Reaching people's phones stays with
 * Alertmanager's own receivers or a paging service.
 */
export class PageEscalator {
  constructor(
    private readonly options: {
      store: PageStore;
      rotations: RotationService;
      logger: LoggerService;
    },
  ) {}

  /**
   * Escalates every page that is neither acknowledged nor resolved, after
   * giving a rotation to those that arrived before any answered for them.
   */
  async escalateAll(now: Date): Promise<{ escalated: number }> {
    await this.attributeLatecomers();
    const pages = await this.options.store.listEscalating();
    let escalated = 0;
    for (const page of pages) {
      try {
        if (await this.escalate(page, now)) {
          escalated += 1;
        }
      } catch (error) {
        // One page's rotation failing must not hold up the others.
        this.options.logger.error(
          `Could not escalate page ${page.id}: ${(error as Error).message}`,
        );
      }
    }
    return { escalated };
  }

  private async attributeLatecomers(): Promise<void> {
    const { store, rotations, logger } = this.options;
    for (const page of await store.listUnattributed()) {
      try {
        const attribution = await attributePage(rotations, {
          entityRef: page.entityRef!,
          firedAt: page.firedAt,
          severity: page.severity,
        });
        if (attribution) {
          await store.attribute(page.id, attribution);
        }
      } catch (error) {
        logger.error(
          `Could not find the rotation of page ${page.id}: ${
            (error as Error).message
          }`,
        );
      }
    }
  }

  /**
   * Records the steps of `page` due at `now` and not yet recorded; false
   * when there were none, or another run recorded them first.
   */
  async escalate(page: OnCallPage, now: Date): Promise<boolean> {
    const { store, rotations, logger } = this.options;
    if (!page.rotation || page.acknowledgedAt || page.resolvedAt) {
      return false;
    }
    const rotation = await rotations.get(page.rotation);
    if (!rotation) {
      logger.warn(
        `Page ${page.id} belongs to rotation ${page.rotation}, which is no longer read; not escalated`,
      );
      return false;
    }
    const { definition } = rotation;
    const at = now.toISOString();
    const recorded = lastNotifiedStep(page);
    const due = escalationStepDue(definition, page.firedAt, at);
    if (due <= recorded) {
      return false;
    }

    // The people called are those holding the roles now, at the call.
    const onCall = await rotations.onCallAt(definition.name, at);
    const groups = definition.escalation.flatMap(step =>
      step.target.type === 'group' ? [step.target.ref] : [],
    );
    const members = new Map<string, string[]>();
    for (const group of new Set(groups)) {
      members.set(group, await rotations.groupMembers(group));
    }
    const resolved = resolveEscalation(
      definition,
      onCall,
      group => members.get(group) ?? [],
    );

    const steps: NotifiedStep[] = [];
    for (let step = recorded + 1; step <= due; step++) {
      steps.push({ step, people: resolved[step].people, at });
    }
    const won = await store.recordEscalation(page.id, recorded, steps);
    if (won) {
      for (const step of steps) {
        const { title } = resolved[step.step];
        logger.info(
          `Page ${page.id} (${page.alertName}) reached escalation step ${
            step.step
          } "${title}": to notify ${
            step.people.join(', ') || 'nobody (no one holds it)'
          }`,
        );
      }
    }
    return won;
  }
}
