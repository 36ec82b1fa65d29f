import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { parseAllDocuments } from 'yaml';
import type { KubernetesObject } from '@localplus/plugin-golden-path-common';

const run = promisify(execFile);

/** Kustomize output of a generated overlay is a few dozen kB; anything far larger is a runaway. */
const MAX_OUTPUT_BYTES = 8 * 1024 * 1024;

/**
 * Renders a kustomization with the real `kubectl kustomize` and returns its
 * objects. Failures (a broken patch, a missing resource) come back as an
 * Error carrying kustomize's own message.
 */
export async function renderKustomization(
  kubectl: string,
  directory: string,
): Promise<KubernetesObject[]> {
  let stdout: string;
  try {
    ({ stdout } = await run(kubectl, ['kustomize', directory], {
      timeout: 60_000,
      maxBuffer: MAX_OUTPUT_BYTES,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
    }));
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === 'ENOENT') {
      throw new Error(
        `"${kubectl}" was not found; install kubectl (Debian package kubernetes-client) or set localplus.scaffolder.kubectl`,
      );
    }
    throw new Error(
      `kustomize failed: ${(failure.stderr ?? failure.message).trim()}`,
    );
  }
  return parseAllDocuments(stdout)
    .map(document => document.toJS() as KubernetesObject)
    .filter(object => object && typeof object === 'object');
}
