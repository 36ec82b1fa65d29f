import type { UrlReaderService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { managedByLocation } from '@localplus/entity-files-node';
import {
  ADMISSION_POLICY_STATEMENT,
  checkAdmissionPolicies,
  describeObject,
  isWorkloadKind,
} from '@localplus/plugin-golden-path-common';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { OVERLAYS_ANNOTATION } from '../catalog/readCatalog';
import { guardKustomizations } from '../manifests/guardKustomizations';
import { ManifestSourceError } from '../manifests/ManifestSourceError';
import {
  overlayList,
  OverlayReference,
  parseOverlayReference,
} from '../manifests/overlayReferences';
import { renderOverlay } from '../manifests/renderOverlay';
import {
  copyEntityFolder,
  downloadTree,
  StagingLimits,
} from '../manifests/stageSources';
import { describeViolations } from './describeViolations';
import type { ClusterObservation } from './types';

export const MANIFEST_POLICY_CHECK = {
  id: 'manifest-policy',
  title: 'Rendered manifests meet the admission policies',
  description: `Components with the ${OVERLAYS_ANNOTATION} annotation (comma-separated folders relative to the entity's catalog file, or URLs) have each overlay rendered with kubectl kustomize; every workload it renders (Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob) must have containers that ${ADMISSION_POLICY_STATEMENT}. Each overlay is rendered from a copy of its top-level folder beside the entity's file (deploy/ for deploy/overlays/prod); overlays reaching outside it (.., links out, remote or absolute bases, Helm) are refused. Services and websites without the annotation are not applicable.`,
};

export interface ManifestPolicyOptions {
  urlReader: UrlReaderService;
  kubectl: string;
  timeoutMs: number;
  stagingLimits?: StagingLimits;
  /** Where the temporary copies go (default: the OS's temporary folder). */
  workDir?: string;
}

/** Where an overlay's sources come from, and the overlay's folder inside them. */
async function stage(
  entity: Entity,
  reference: OverlayReference,
  target: string,
  options: ManifestPolicyOptions,
  signal?: AbortSignal,
): Promise<{ folder: string; location: string }> {
  const limits = { limits: options.stagingLimits, signal };
  if (reference.kind === 'url') {
    await downloadTree(options.urlReader, reference.url, target, limits);
    return { folder: '.', location: reference.url };
  }
  const { type, target: source } = managedByLocation(
    entity,
    'kustomize overlays',
  );
  // Only the overlay's top-level folder beside the entity's file is copied
  // (deploy/ for deploy/overlays/prod, with its base): a repository's other
  // folders are never needed to render it, and can be large.
  const scope = reference.path === '.' ? '' : reference.path.split('/')[0];
  if (type === 'file') {
    await copyEntityFolder(source, target, options.stagingLimits, scope);
    return { folder: reference.path, location: reference.path };
  }
  if (type === 'url') {
    const folderUrl = new URL('./', source).toString();
    const scopeUrl = scope ? new URL(`${scope}/`, folderUrl) : folderUrl;
    await downloadTree(
      options.urlReader,
      scopeUrl.toString(),
      path.join(target, scope),
      limits,
    );
    return {
      folder: reference.path,
      location: new URL(`${reference.path}/`, folderUrl).toString(),
    };
  }
  throw new ManifestSourceError(
    `the entity comes from a ${type} location, which has no files to render`,
  );
}

/**
 * Renders each overlay of a component with the real kubectl kustomize, in a
 * temporary copy of the entity's folder, and checks the rendered workloads.
 * One observation per overlay (`manifest:<entity ref>/<overlay>`); one
 * not-applicable observation for a component without overlays.
 */
export async function observeManifests(
  entity: Entity,
  options: ManifestPolicyOptions,
  signal?: AbortSignal,
): Promise<ClusterObservation[]> {
  const ref = stringifyEntityRef(entity);
  const overlays = overlayList(entity);
  if (overlays.length === 0) {
    return [
      {
        subject: `manifest:${ref}`,
        entityRef: ref,
        result: 'not-applicable',
        summary: `Has no ${OVERLAYS_ANNOTATION} annotation: no manifests to render.`,
        method: 'examine',
        examined: [{ type: 'catalog-entity', ref }],
      },
    ];
  }
  const observations: ClusterObservation[] = [];
  for (const overlay of overlays.slice(0, 20)) {
    signal?.throwIfAborted();
    observations.push(
      await observeOverlay(entity, ref, overlay, options, signal),
    );
  }
  return observations;
}

async function observeOverlay(
  entity: Entity,
  ref: string,
  overlay: string,
  options: ManifestPolicyOptions,
  signal?: AbortSignal,
): Promise<ClusterObservation> {
  const base = {
    subject: `manifest:${ref}/${overlay}`,
    entityRef: ref,
    method: 'examine' as const,
  };
  const overlayItem = (href?: string) => ({
    type: 'kustomize-overlay',
    ref: `${ref}/${overlay}`,
    ...(href && { href }),
  });
  const workDir = await fs.mkdtemp(
    path.join(options.workDir ?? os.tmpdir(), 'compliance-kustomize-'),
  );
  try {
    const reference = parseOverlayReference(overlay);
    const { folder, location } = await stage(
      entity,
      reference,
      workDir,
      options,
      signal,
    );
    const overlayDir = path.join(workDir, ...folder.split('/'));
    const stat = await fs.stat(overlayDir).catch(() => undefined);
    if (!stat?.isDirectory()) {
      throw new ManifestSourceError(
        `the overlay folder ${folder} does not exist beside the entity's file`,
      );
    }
    await guardKustomizations(workDir, folder);
    const objects = await renderOverlay(options.kubectl, workDir, folder, {
      timeoutMs: options.timeoutMs,
      signal,
    });
    const workloads = objects.filter(object => isWorkloadKind(object.kind));
    const violations = checkAdmissionPolicies(workloads);
    const examined = [overlayItem(location)];
    const details = {
      overlay,
      objects: objects.length,
      workloads: workloads.map(describeObject).slice(0, 50),
    };
    if (workloads.length === 0) {
      return {
        ...base,
        result: 'not-applicable',
        summary: `The overlay ${overlay} renders ${objects.length} objects and no workload.`,
        examined,
        details,
      };
    }
    if (violations.length > 0) {
      return {
        ...base,
        result: 'fail',
        summary: `The overlay ${overlay} renders workloads that break ${
          violations.length
        } rule${violations.length > 1 ? 's' : ''}: ${describeViolations(
          violations.map(v => `${v.resource} ${v.message}`),
        )}.`,
        examined,
        details: {
          ...details,
          violations: violations.slice(0, 100).map(v => ({
            object: v.resource,
            ...(v.container !== undefined && { container: v.container }),
            policy: v.policy,
            message: v.message,
          })),
        },
      };
    }
    return {
      ...base,
      result: 'pass',
      summary: `Every workload the overlay ${overlay} renders (${details.workloads.join(
        ', ',
      )}) has containers that ${ADMISSION_POLICY_STATEMENT}.`,
      examined,
      details,
    };
  } catch (error) {
    // One overlay that cannot be rendered is that overlay's error, not the run's.
    if (signal?.aborted) throw error;
    const message = error instanceof Error ? error.message : String(error);
    return {
      ...base,
      result: 'error',
      summary: `The overlay ${overlay.slice(0, 200)} was not rendered: ${message
        .replace(/\.$/, '')
        .slice(0, 500)}.`,
      examined: [overlayItem()],
      details: { overlay: overlay.slice(0, 500) },
    };
  } finally {
    await fs.rm(workDir, { recursive: true, force: true });
  }
}
