import type { UrlReaderService } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import fs from 'node:fs';
import path from 'node:path';

function listFiles(folder: string, relative = ''): string[] {
  return fs
    .readdirSync(path.join(folder, relative), { withFileTypes: true })
    .flatMap(entry => {
      const child = path.posix.join(relative, entry.name);
      return entry.isDirectory() ? listFiles(folder, child) : [child];
    });
}

/**
 * Stands in for the backend's UrlReader (GitHub in production): serves the
 * files under `folder` as the tree at `baseUrl`, and records what was read.
 */
export function folderUrlReader(baseUrl: string, folder: string) {
  const reads: string[] = [];
  const reader = {
    async readTree(
      url: string,
      options?: { filter?(file: string, info?: { size: number }): boolean },
    ) {
      reads.push(url);
      if (!url.startsWith(baseUrl)) throw new NotFoundError(`${url} not found`);
      const root = path.join(folder, url.slice(baseUrl.length));
      if (!fs.existsSync(root)) throw new NotFoundError(`${url} not found`);
      const files = listFiles(root)
        .filter(
          file =>
            options?.filter?.(file, {
              size: fs.statSync(path.join(root, file)).size,
            }) ?? true,
        )
        .map(file => ({
          path: file,
          content: async () => fs.readFileSync(path.join(root, file)),
        }));
      return {
        files: async () => files,
        etag: 'test',
        archive: async () => {
          throw new Error('unused');
        },
        dir: async () => {
          throw new Error('unused');
        },
      };
    },
  } as unknown as UrlReaderService;
  return { reader, reads };
}
