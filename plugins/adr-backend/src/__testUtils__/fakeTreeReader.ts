import type {
  UrlReaderService,
  UrlReaderServiceReadTreeResponseFile,
} from '@backstage/backend-plugin-api';
import { NotAllowedError, NotFoundError } from '@backstage/errors';

/** A file of a fake remote folder; `size` is what the archive's header says, when it says. */
export interface RemoteFile {
  path: string;
  text: string;
  size?: number;
}

/**
 * A UrlReader whose `readTree` answers from `folders` (URL -> files) the
 * way the archive readers do: the filter sees each path with its size, and
 * only accepted files can be read. `contentReads` lists every file whose
 * content was asked for, so tests can check what was kept out of memory.
 */
export function fakeTreeReader(folders: Record<string, RemoteFile[]>) {
  const contentReads: string[] = [];
  const reader: UrlReaderService = {
    async readUrl(url) {
      throw new NotAllowedError(
        `The fake tree reader reads no single URL (${url})`,
      );
    },
    async search(url) {
      throw new NotAllowedError(
        `The fake tree reader does not search (${url})`,
      );
    },
    async readTree(url, options) {
      const folder = folders[url];
      if (!folder) {
        throw new NotFoundError(`${url} does not exist`);
      }
      const accepted = folder.filter(file =>
        options?.filter
          ? options.filter(
              file.path,
              file.size === undefined ? undefined : { size: file.size },
            )
          : true,
      );
      const files: UrlReaderServiceReadTreeResponseFile[] = accepted.map(
        file => ({
          path: file.path,
          content: async () => {
            contentReads.push(file.path);
            return Buffer.from(file.text);
          },
        }),
      );
      return {
        files: async () => files,
        archive: async () => {
          throw new Error('not used');
        },
        dir: async () => {
          throw new Error('not used');
        },
        etag: 'etag',
      };
    },
  };
  return { reader, contentReads };
}
