import type { UrlReaderService } from '@backstage/backend-plugin-api';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ManifestSourceError } from './ManifestSourceError';

/** How much of an entity's folder is copied for kustomize. */
export interface StagingLimits {
  maxFiles: number;
  maxFileBytes: number;
  maxTotalBytes: number;
}

export const DEFAULT_STAGING_LIMITS: StagingLimits = {
  maxFiles: 5000,
  maxFileBytes: 2 * 1024 * 1024,
  maxTotalBytes: 50 * 1024 * 1024,
};

/** Never needed to render manifests, and often huge. */
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);

function isWithin(folder: string, candidate: string): boolean {
  return candidate === folder || candidate.startsWith(folder + path.sep);
}

class Budget {
  private files = 0;
  private bytes = 0;
  constructor(private readonly limits: StagingLimits) {}
  spend(file: string, size: number) {
    const { maxFiles, maxFileBytes, maxTotalBytes } = this.limits;
    if (size > maxFileBytes) {
      throw new ManifestSourceError(
        `${file} is larger than ${maxFileBytes} bytes`,
      );
    }
    this.files += 1;
    this.bytes += size;
    if (this.files > maxFiles || this.bytes > maxTotalBytes) {
      throw new ManifestSourceError(
        `the entity's folder holds more than ${maxFiles} files or ${maxTotalBytes} bytes; overlays are rendered from a copy of it`,
      );
    }
  }
}

/**
 * Copies the folder of an entity's catalog file (a `file:` location), or
 * only its subfolder `scope`, into `target` at the same place, so that
 * kustomize sees nothing else. A symbolic link leading outside the entity's
 * folder refuses the copy; links inside are copied as the file they point
 * at, folder links are left out.
 */
export async function copyEntityFolder(
  entityFile: string,
  target: string,
  limits: StagingLimits = DEFAULT_STAGING_LIMITS,
  scope = '',
): Promise<void> {
  const root = await fs.realpath(path.dirname(entityFile)).catch(() => {
    throw new ManifestSourceError("the entity's folder does not exist");
  });
  const budget = new Budget(limits);
  const walk = async (relative: string): Promise<void> => {
    const entries = await fs.readdir(path.join(root, relative), {
      withFileTypes: true,
    });
    for (const entry of entries) {
      const from = path.join(root, relative, entry.name);
      const shown = path.posix.join(
        relative.split(path.sep).join('/'),
        entry.name,
      );
      const to = path.join(target, relative, entry.name);
      if (entry.isDirectory()) {
        if (SKIPPED_FOLDERS.has(entry.name)) continue;
        await fs.mkdir(to, { recursive: true });
        await walk(path.join(relative, entry.name));
      } else if (entry.isSymbolicLink()) {
        const real = await fs.realpath(from).catch(() => undefined);
        if (!real || !isWithin(root, real)) {
          throw new ManifestSourceError(
            `${shown} is a symbolic link leading outside the entity's folder`,
          );
        }
        const stat = await fs.stat(real);
        if (stat.isFile()) {
          budget.spend(shown, stat.size);
          await fs.copyFile(real, to);
        }
      } else if (entry.isFile()) {
        const stat = await fs.stat(from);
        budget.spend(shown, stat.size);
        await fs.copyFile(from, to);
      }
      // Pipes, sockets and devices are never opened.
    }
  };
  if (scope) await fs.mkdir(path.join(target, scope), { recursive: true });
  await walk(scope);
}

/**
 * Writes the tree at `url` (the folder of an entity's `url:` location, or
 * an overlay given as a URL) into `target` through the backend's
 * UrlReader, so only the configured integrations are reached.
 */
export async function downloadTree(
  reader: UrlReaderService,
  url: string,
  target: string,
  options: { limits?: StagingLimits; signal?: AbortSignal } = {},
): Promise<void> {
  const limits = options.limits ?? DEFAULT_STAGING_LIMITS;
  const budget = new Budget(limits);
  const tree = await reader.readTree(url, {
    signal: options.signal,
    // Skipped unread; kustomize names any it needed.
    filter: (_file, info) => !info || info.size <= limits.maxFileBytes,
  });
  for (const file of await tree.files()) {
    const relative = path.posix.normalize(file.path);
    if (path.posix.isAbsolute(relative) || relative.split('/').includes('..')) {
      throw new ManifestSourceError(
        `the tree at ${url} holds a file outside itself: ${file.path}`,
      );
    }
    if (relative.split('/').some(part => SKIPPED_FOLDERS.has(part))) continue;
    const content = await file.content();
    budget.spend(relative, content.length);
    const to = path.join(target, ...relative.split('/'));
    await fs.mkdir(path.dirname(to), { recursive: true });
    await fs.writeFile(to, content);
  }
}
