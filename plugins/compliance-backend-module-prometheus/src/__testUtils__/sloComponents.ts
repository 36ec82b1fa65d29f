import type { Entity } from '@backstage/catalog-model';
import { OPENSLO_ANNOTATION } from '@localplus/plugin-slo-common';
import fs from 'node:fs/promises';
import path from 'node:path';

/** An availability SLO over `http_requests_total{service=...}`: 99.9 % non-5xx over 30 days. */
export function availabilitySlo(service: string): string {
  return `apiVersion: openslo/v1
kind: SLO
metadata:
  name: ${service}-availability
spec:
  service: ${service}
  indicator:
    metadata:
      name: ${service}-non-5xx
    spec:
      ratioMetric:
        counter: true
        bad:
          metricSource:
            type: Prometheus
            spec:
              query: rate(http_requests_total{service="${service}",status=~"5.."}[{{window}}])
        total:
          metricSource:
            type: Prometheus
            spec:
              query: rate(http_requests_total{service="${service}"}[{{window}}])
  timeWindow:
    - duration: 30d
      isRolling: true
  budgetingMethod: Occurrences
  objectives:
    - displayName: 99.9 % of requests succeed
      targetPercent: 99.9
`;
}

export interface TestComponent {
  name: string;
  /** `localplus.io/criticality`; none when absent. */
  criticality?: string;
  /** The OpenSLO file's text; no annotation when absent. */
  openSlo?: string;
}

/**
 * Each component as the catalog holds it when read from `folder/<name>/`,
 * with its OpenSLO file written beside its pretend catalog file (how the
 * SLO backend finds it: relative to `backstage.io/managed-by-location`).
 */
export async function sloComponents(
  folder: string,
  components: TestComponent[],
): Promise<Entity[]> {
  return Promise.all(
    components.map(async component => {
      const dir = path.join(folder, component.name);
      const annotations: Record<string, string> = {
        'backstage.io/managed-by-location': `file:${path.join(
          dir,
          'catalog-info.yaml',
        )}`,
      };
      if (component.openSlo !== undefined) {
        await fs.mkdir(path.join(dir, 'slo'), { recursive: true });
        await fs.writeFile(
          path.join(dir, 'slo', 'slos.yaml'),
          component.openSlo,
        );
        annotations[OPENSLO_ANNOTATION] = './slo/slos.yaml';
      }
      if (component.criticality) {
        annotations['localplus.io/criticality'] = component.criticality;
      }
      return {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: component.name, namespace: 'default', annotations },
        spec: {
          type: 'service',
          owner: 'team-loyalty',
          lifecycle: 'production',
        },
      };
    }),
  );
}
