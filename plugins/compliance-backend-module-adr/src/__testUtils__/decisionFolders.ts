import type { Entity } from '@backstage/catalog-model';
import fs from 'node:fs/promises';
import path from 'node:path';

/** A MADR 4 record with its status and a context that may name components. */
export function madrRecord(options: {
  title: string;
  status: 'proposed' | 'accepted' | 'superseded' | 'rejected';
  context?: string;
}): string {
  return `---
status: ${options.status}
date: 2026-03-02
decision-makers: [Marc Lefèvre]
---
# ${options.title}

## Context and Problem Statement

${options.context ?? 'A choice had to be made.'}

## Decision Outcome

Chosen option: the first one.
`;
}

export interface TestEntity {
  kind: 'Component' | 'System';
  name: string;
  /** `localplus.io/tier` (the seeds' tier annotation), components only. */
  tier?: string;
  /** More annotations: a tier in another model's annotation. */
  annotations?: Record<string, string>;
  system?: string;
  /** File name to record text: written to `adr/` beside its catalog file. */
  decisions?: Record<string, string>;
}

/**
 * Each entity as the catalog holds it when read from `folder/<name>/`,
 * with its decision records (if any) written to the `adr/` folder there
 * and pointed at with `backstage.io/adr-location`, as in development.
 */
export async function entitiesWithDecisions(
  folder: string,
  entities: TestEntity[],
): Promise<Entity[]> {
  return Promise.all(
    entities.map(async entity => {
      const dir = path.join(folder, entity.name);
      await fs.mkdir(dir, { recursive: true });
      const annotations: Record<string, string> = {
        ...entity.annotations,
        'backstage.io/managed-by-location': `file:${path.join(
          dir,
          'catalog-info.yaml',
        )}`,
      };
      if (entity.decisions) {
        await fs.mkdir(path.join(dir, 'adr'));
        for (const [file, text] of Object.entries(entity.decisions)) {
          await fs.writeFile(path.join(dir, 'adr', file), text);
        }
        annotations['backstage.io/adr-location'] = './adr';
      }
      if (entity.tier) annotations['localplus.io/tier'] = entity.tier;
      return {
        apiVersion: 'backstage.io/v1alpha1',
        kind: entity.kind,
        metadata: { name: entity.name, namespace: 'default', annotations },
        spec:
          entity.kind === 'Component'
            ? {
                type: 'service',
                lifecycle: 'production',
                owner: 'team-platform',
                ...(entity.system ? { system: entity.system } : {}),
              }
            : { owner: 'team-platform' },
      };
    }),
  );
}
