import type { Entity } from '@backstage/catalog-model';
import { OPENSLO_ANNOTATION } from '@localplus/plugin-slo-common';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes each component's OpenSLO file into `folder/<name>/slo/` and returns
 * the component as the catalog would hold it, read from `folder/<name>/`.
 */
export async function componentsWithSloFiles(
  folder: string,
  components: Array<{
    name: string;
    documents: string;
    owner?: string;
    system?: string;
    tier?: string;
    criticality?: string;
    /** Sets `localplus.io/slo-environment`. */
    environment?: string;
  }>,
): Promise<Entity[]> {
  const entities: Entity[] = [];
  for (const spec of components) {
    const dir = path.join(folder, spec.name);
    await fs.mkdir(path.join(dir, 'slo'), { recursive: true });
    await fs.writeFile(path.join(dir, 'slo', 'slos.yaml'), spec.documents);
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: spec.name,
        namespace: 'default',
        title: `${spec.name} title`,
        annotations: {
          'backstage.io/managed-by-location': `file:${path.join(
            dir,
            'catalog-info.yaml',
          )}`,
          [OPENSLO_ANNOTATION]: './slo/slos.yaml',
          'localplus.io/tier': spec.tier ?? 'T3',
          'localplus.io/criticality': spec.criticality ?? 'P1',
          ...(spec.environment
            ? { 'localplus.io/slo-environment': spec.environment }
            : {}),
        },
      },
      spec: {
        type: 'service',
        owner: spec.owner ?? 'team-loyalty',
        system: spec.system ?? 'localplus-core',
        lifecycle: 'production',
      },
    });
  }
  return entities;
}
