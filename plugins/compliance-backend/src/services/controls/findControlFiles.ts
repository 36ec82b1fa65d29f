import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ControlFileError, ControlFileProblem } from './ControlFileError';

/** Limits that keep a mistaken path (`/`, a home folder) from reading the disk. */
export interface ControlFileLimits {
  /** Files read in all. */
  maxFiles: number;
  /** Bytes per file. */
  maxFileBytes: number;
  /** Folder levels below a configured folder. */
  maxDepth: number;
}

export const DEFAULT_CONTROL_FILE_LIMITS: ControlFileLimits = {
  maxFiles: 500,
  maxFileBytes: 1024 * 1024,
  maxDepth: 8,
};

/** A control file found on disk. */
export interface ControlFileLocation {
  /** Absolute path, for reading. */
  absolutePath: string;
  /** The configured path joined with the file's place in the folder, for messages. */
  displayName: string;
}

const YAML_FILE = /\.ya?ml$/i;

/**
 * The YAML files named by `compliance.controls`: each entry is a file or a
 * folder, relative to the working directory. Folders are walked in name
 * order, so the same files always load in the same order.
 *
 * Hidden entries (`.git`, Kubernetes' `..data`) are skipped. Symbolic links
 * are followed only when they stay inside the configured folder: a mounted
 * ConfigMap is links all the way down, but a link must not pull in files
 * from elsewhere on the machine.
 */
export async function findControlFiles(
  configuredPaths: string[],
  options: { workingDirectory: string; limits: ControlFileLimits },
): Promise<ControlFileLocation[]> {
  const { limits } = options;
  const problems: ControlFileProblem[] = [];
  const found: ControlFileLocation[] = [];
  const seen = new Set<string>();

  const add = async (absolutePath: string, displayName: string) => {
    const real = await fs.realpath(absolutePath);
    if (seen.has(real)) return;
    seen.add(real);
    const stat = await fs.stat(real);
    if (stat.size > limits.maxFileBytes) {
      problems.push({
        file: displayName,
        message: `is ${stat.size} bytes; a control file may be at most ${limits.maxFileBytes}`,
      });
      return;
    }
    found.push({ absolutePath: real, displayName });
  };

  const walk = async (
    folder: string,
    root: string,
    displayName: string,
    depth: number,
  ) => {
    if (depth > limits.maxDepth) {
      problems.push({
        file: displayName,
        message: `is nested deeper than ${limits.maxDepth} folders`,
      });
      return;
    }
    const entries = await fs.readdir(folder, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const child = path.join(folder, entry.name);
      const childName = `${displayName}/${entry.name}`;
      const resolved = await resolveInside(child, root);
      if ('problem' in resolved) {
        problems.push({ file: childName, message: resolved.problem });
        continue;
      }
      const real = resolved.path;
      const stat = await fs.stat(real);
      if (stat.isDirectory()) {
        await walk(real, root, childName, depth + 1);
      } else if (stat.isFile() && YAML_FILE.test(entry.name)) {
        await add(real, childName);
      }
      if (found.length > limits.maxFiles) return;
    }
  };

  for (const configured of configuredPaths) {
    const absolute = path.resolve(options.workingDirectory, configured);
    let stat;
    try {
      stat = await fs.stat(absolute);
    } catch {
      problems.push({
        file: configured,
        message: `does not exist (resolved to ${absolute})`,
      });
      continue;
    }
    if (stat.isDirectory()) {
      const root = await fs.realpath(absolute);
      await walk(root, root, configured.replace(/\/+$/, ''), 0);
    } else if (stat.isFile()) {
      await add(absolute, configured);
    } else {
      problems.push({
        file: configured,
        message: 'is neither a file nor a folder',
      });
    }
    if (found.length > limits.maxFiles) break;
  }

  if (found.length > limits.maxFiles) {
    problems.push({
      file: configuredPaths.join(', '),
      message: `hold more than ${limits.maxFiles} YAML files; name the folders of controls only`,
    });
  }
  if (problems.length > 0) {
    throw new ControlFileError(problems);
  }
  return found;
}

/** Where an entry of a folder really is, refused when a link leads out of `root`. */
async function resolveInside(
  candidate: string,
  root: string,
): Promise<{ path: string } | { problem: string }> {
  let real: string;
  try {
    real = await fs.realpath(candidate);
  } catch {
    return { problem: 'cannot be read (a broken link?)' };
  }
  const relative = path.relative(root, real);
  // `..data/x` is inside (a Kubernetes mount), `../x` is not.
  if (relative.split(path.sep)[0] === '..' || path.isAbsolute(relative)) {
    return {
      problem: 'is a link to outside the configured folder; it is not read',
    };
  }
  return { path: real };
}
