import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseAllDocuments } from 'yaml';
import type { KubernetesObject } from '@localplus/plugin-golden-path-common';

const run = promisify(execFile);

/** The repository's `deploy/` folder: how the portal itself runs on EKS. */
export const deployFolder = path.resolve(__dirname, '../../../../../deploy');

/** The repository root, where app-config.production.yaml lives. */
export const repoRoot = path.dirname(deployFolder);

/** A rendered object with the fields the portal's checks read. */
export interface RenderedObject extends KubernetesObject {
  metadata?: {
    name?: unknown;
    namespace?: unknown;
    labels?: unknown;
    annotations?: Record<string, string>;
  };
  data?: Record<string, string>;
}

/**
 * `kubectl kustomize <folder>` with the real kubectl (kustomize inside), as
 * Argo CD and the compliance collector render it: only files under the
 * folder's root, no plugins.
 */
export async function renderKustomization(
  folder: string,
): Promise<RenderedObject[]> {
  const { stdout } = await run(
    'kubectl',
    ['kustomize', folder, '--load-restrictor', 'LoadRestrictionsRootOnly'],
    { maxBuffer: 8 * 1024 * 1024 },
  );
  return parseAllDocuments(stdout).map(
    document => document.toJS() as RenderedObject,
  );
}

export function objectsOfKind(
  objects: readonly RenderedObject[],
  kind: string,
): RenderedObject[] {
  return objects.filter(object => object.kind === kind);
}

/** The one object of a kind and name; throws naming what is missing. */
export function findObject(
  objects: readonly RenderedObject[],
  kind: string,
  name: string,
): RenderedObject {
  const found = objects.find(
    object => object.kind === kind && object.metadata?.name === name,
  );
  if (!found) {
    throw new Error(`the render has no ${kind}/${name}`);
  }
  return found;
}
