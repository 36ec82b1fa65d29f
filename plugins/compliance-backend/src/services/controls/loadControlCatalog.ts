import type { Config } from '@backstage/config';
import { promises as fs } from 'node:fs';
import type { ControlCatalog } from './buildControlCatalog';
import { buildControlCatalog } from './buildControlCatalog';
import { ControlFileError, ControlFileProblem } from './ControlFileError';
import {
  ControlFileLimits,
  DEFAULT_CONTROL_FILE_LIMITS,
  findControlFiles,
} from './findControlFiles';
import { LocatedDocument, parseControlFile } from './parseControlFile';

export interface LoadControlCatalogOptions {
  /** Files and folders of control files, relative to `workingDirectory`. */
  paths: string[];
  /** Defaults to the process's working directory, like other file paths in app-config. */
  workingDirectory?: string;
  limits?: Partial<ControlFileLimits>;
}

/**
 * Reads every control file and returns the frameworks and controls they
 * define. Throws a `ControlFileError` listing every problem found (file,
 * document index, field path) when any file is unreadable or invalid.
 *
 * Checks cited by controls are not matched to installed collectors here: a
 * control whose collector is not installed is still a control, and its
 * evaluation says the evidence is missing.
 */
export async function loadControlCatalog(
  options: LoadControlCatalogOptions,
): Promise<ControlCatalog> {
  const limits = { ...DEFAULT_CONTROL_FILE_LIMITS, ...options.limits };
  const files = await findControlFiles(options.paths, {
    workingDirectory: options.workingDirectory ?? process.cwd(),
    limits,
  });
  const documents: LocatedDocument[] = [];
  const problems: ControlFileProblem[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readLimited(file.absolutePath, limits.maxFileBytes);
    } catch (error) {
      problems.push({
        file: file.displayName,
        message: (error as Error).message,
      });
      continue;
    }
    const parsed = parseControlFile(file.displayName, text);
    documents.push(...parsed.documents);
    problems.push(...parsed.problems);
  }
  const built = buildControlCatalog(documents);
  problems.push(...built.problems);
  if (problems.length > 0) {
    throw new ControlFileError(problems);
  }
  return built.catalog;
}

/** Reads `compliance.controls` and loads the catalog it names (empty when unset). */
export async function loadControlCatalogFromConfig(
  config: Config,
  options: Omit<LoadControlCatalogOptions, 'paths'> = {},
): Promise<ControlCatalog> {
  const paths = config.getOptionalStringArray('compliance.controls') ?? [];
  if (paths.length === 0) {
    return { frameworks: [], controls: [] };
  }
  return loadControlCatalog({ ...options, paths });
}

/**
 * Reads a file refusing more than `maxBytes`, even if it grew after it was
 * listed: the size seen by `stat` is not a promise.
 */
async function readLimited(file: string, maxBytes: number): Promise<string> {
  const handle = await fs.open(file, 'r');
  try {
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(
        buffer,
        length,
        buffer.length - length,
        length,
      );
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) {
      throw new Error(`is larger than ${maxBytes} bytes`);
    }
    return buffer.subarray(0, length).toString('utf8');
  } finally {
    await handle.close();
  }
}
