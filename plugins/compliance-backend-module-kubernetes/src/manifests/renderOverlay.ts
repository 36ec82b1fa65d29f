import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import YAML from 'yaml';
import type { KubernetesObject } from '../policy/kubernetesObjects';
import { ManifestSourceError } from './ManifestSourceError';

const run = promisify(execFile);

/** A rendered overlay is some dozen kB; far more is a runaway generator. */
export const MAX_RENDERED_BYTES = 8 * 1024 * 1024;

/** An address nothing listens on: any download kustomize attempts fails at once. */
const NO_PROXY_TARGET = 'http://127.0.0.1:9';

/**
 * Renders `overlay` (a folder inside `root`) with the real `kubectl
 * kustomize`, the default load restrictor (files only from inside each
 * kustomization's root), no plugins, no Helm, and a proxy that answers
 * nothing, in `root` as its working folder. Its objects come back parsed.
 */
export async function renderOverlay(
  kubectl: string,
  root: string,
  overlay: string,
  options: { timeoutMs: number; maxBytes?: number; signal?: AbortSignal },
): Promise<KubernetesObject[]> {
  let stdout: string;
  try {
    ({ stdout } = await run(
      kubectl,
      ['kustomize', overlay, '--load-restrictor', 'LoadRestrictionsRootOnly'],
      {
        cwd: root,
        timeout: options.timeoutMs,
        maxBuffer: options.maxBytes ?? MAX_RENDERED_BYTES,
        signal: options.signal,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: root,
          HTTP_PROXY: NO_PROXY_TARGET,
          HTTPS_PROXY: NO_PROXY_TARGET,
          http_proxy: NO_PROXY_TARGET,
          https_proxy: NO_PROXY_TARGET,
          KUSTOMIZE_PLUGIN_HOME: `${root}/.no-plugins`,
        },
      },
    ));
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & {
      stderr?: string;
      killed?: boolean;
      signal?: string;
    };
    if (failure.code === 'ENOENT') {
      throw new Error(
        `"${kubectl}" was not found; install kubectl (Debian package kubernetes-client) or set compliance.kubernetes.kubectl`,
      );
    }
    if (failure.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
      throw new ManifestSourceError(
        `the rendered manifests are larger than ${
          options.maxBytes ?? MAX_RENDERED_BYTES
        } bytes`,
      );
    }
    if (
      failure.killed ||
      failure.signal === 'SIGTERM' ||
      failure.name === 'AbortError'
    ) {
      throw new ManifestSourceError(
        `kustomize did not finish within ${options.timeoutMs} ms`,
      );
    }
    const reason = (failure.stderr || failure.message || '')
      .trim()
      .split('\n')
      .slice(-3)
      .join(' ');
    throw new ManifestSourceError(
      `kustomize failed: ${reason.replaceAll(root, '.').slice(0, 400)}`,
    );
  }
  return YAML.parseAllDocuments(stdout)
    .map(document => document.toJS() as KubernetesObject)
    .filter(object => object !== null && typeof object === 'object');
}
