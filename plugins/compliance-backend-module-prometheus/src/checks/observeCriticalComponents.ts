import type {
  ExaminedItem,
  JsonValue,
} from '@localplus/plugin-compliance-common';
import {
  type CollectedObservation,
  errorMessage,
} from '@localplus/plugin-compliance-node';
import pLimit from 'p-limit';
import type { PrometheusRun } from '../collector/PrometheusRun';
import { ComponentSubject, outOfScope } from './componentSubjects';

/** What a check concluded about one component in scope. */
export interface ComponentFinding {
  result: 'pass' | 'fail';
  summary: string;
  examined: ExaminedItem[];
  details?: { [key: string]: JsonValue };
}

/** Subjects read at once; each may cost the SLO backend a few Prometheus queries. */
const CONCURRENCY = 4;

export function catalogEntityItem(ref: string): ExaminedItem {
  return { type: 'catalog-entity', ref };
}

/**
 * One observation per catalog Component: `not-applicable` outside the
 * criticalities, else what `examine` found, or `error` with the source's
 * message when it could not be read for that component.
 */
export async function observeCriticalComponents(
  run: PrometheusRun,
  check: string,
  criticalities: readonly string[],
  examine: (component: ComponentSubject) => Promise<ComponentFinding>,
): Promise<CollectedObservation[]> {
  const components = await run.components();
  const limit = pLimit(CONCURRENCY);
  return Promise.all(
    components.map(component =>
      limit(async (): Promise<CollectedObservation> => {
        const base = {
          check,
          subject: component.ref,
          entityRef: component.ref,
          method: 'examine' as const,
        };
        const criticality = component.criticality ?? null;
        const notApplicable = outOfScope(component, criticalities);
        if (notApplicable) {
          return {
            ...base,
            result: 'not-applicable',
            summary: notApplicable,
            examined: [catalogEntityItem(component.ref)],
            details: { criticality },
          };
        }
        try {
          const finding = await examine(component);
          return {
            ...base,
            ...finding,
            details: { criticality, ...finding.details },
          };
        } catch (error) {
          return {
            ...base,
            result: 'error',
            summary: errorMessage(error),
            examined: [catalogEntityItem(component.ref)],
            details: { criticality },
          };
        }
      }),
    ),
  );
}

/** `a, b, c and 4 more`: lists in summaries stay one readable sentence. */
export function listSome(items: readonly string[], shown = 3): string {
  const head = items.slice(0, shown).join(', ');
  const rest = items.length - shown;
  return rest > 0 ? `${head} and ${rest} more` : head;
}
