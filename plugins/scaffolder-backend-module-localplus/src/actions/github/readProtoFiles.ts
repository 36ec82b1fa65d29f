import { InputError } from '@backstage/errors';
import { Dirent, promises as fs } from 'node:fs';
import path from 'node:path';

export interface ProtoFile {
  /** Path below the source directory, with forward slashes. */
  relativePath: string;
  content: Buffer;
}

/**
 * A new service brings a handful of small files; these bounds keep a
 * runaway workspace (vendored protos, generated trees) out of a pull request.
 */
export interface ProtoFileLimits {
  maxFiles: number;
  maxTotalBytes: number;
  /** Directory entries visited in all, protos or not. */
  maxEntries: number;
}

export const DEFAULT_PROTO_FILE_LIMITS: ProtoFileLimits = {
  maxFiles: 100,
  maxTotalBytes: 1024 * 1024,
  maxEntries: 5000,
};

/** Each segment of a path that becomes a path in the contracts repository. */
const PATH_SEGMENT_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;

function isProto(entry: Dirent): boolean {
  return entry.name.endsWith('.proto');
}

async function listDirectory(directory: string, field: string) {
  try {
    return await fs.readdir(directory, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new InputError(
        `${field}: directory does not exist in the workspace`,
      );
    }
    if (code === 'ENOTDIR') {
      throw new InputError(`${field}: is not a directory`);
    }
    throw error;
  }
}

/**
 * Reads every `*.proto` file below `sourceDirectory`, and nothing else, in a
 * stable order. Symbolic links are never followed, so a link cannot pull a
 * file from outside the workspace into the pull request. `field` names the
 * input in error messages.
 */
export async function readProtoFiles(
  sourceDirectory: string,
  field: string,
  limits: ProtoFileLimits = DEFAULT_PROTO_FILE_LIMITS,
): Promise<ProtoFile[]> {
  const files: ProtoFile[] = [];
  let totalBytes = 0;
  let entriesSeen = 0;

  const walk = async (directory: string): Promise<void> => {
    const entries = (await listDirectory(directory, field)).sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    for (const entry of entries) {
      entriesSeen += 1;
      if (entriesSeen > limits.maxEntries) {
        throw new InputError(
          `${field}: holds more than ${limits.maxEntries} files and directories; point it at the proto directory only`,
        );
      }
      const absolute = path.join(directory, entry.name);
      const relativePath = path
        .relative(sourceDirectory, absolute)
        .split(path.sep)
        .join('/');
      if (entry.isDirectory()) {
        await walk(absolute);
        continue;
      }
      if (!isProto(entry)) {
        continue;
      }
      if (!entry.isFile()) {
        throw new InputError(
          `${field}: ${relativePath} is not a regular file (symbolic links are not followed)`,
        );
      }
      if (!relativePath.split('/').every(s => PATH_SEGMENT_PATTERN.test(s))) {
        throw new InputError(
          `${field}: ${JSON.stringify(
            relativePath,
          )} has a path segment outside letters, digits, ".", "_" and "-"`,
        );
      }
      if (files.length + 1 > limits.maxFiles) {
        throw new InputError(
          `${field}: holds more than ${limits.maxFiles} .proto files`,
        );
      }
      const { size } = await fs.stat(absolute);
      totalBytes += size;
      if (totalBytes > limits.maxTotalBytes) {
        throw new InputError(
          `${field}: the .proto files exceed ${limits.maxTotalBytes} bytes in total`,
        );
      }
      files.push({ relativePath, content: await fs.readFile(absolute) });
    }
  };

  await walk(sourceDirectory);
  if (files.length === 0) {
    throw new InputError(`${field}: contains no .proto files`);
  }
  return files;
}
