import { ConflictError, InputError, NotAllowedError } from '@backstage/errors';
import {
  MAX_DECISION_FILE_BYTES,
  MAX_DECISIONS_PER_FOLDER,
} from '@localplus/plugin-adr-common';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { DecisionFolderFile } from '../sources/DecisionFolder';
import type {
  DecisionWriter,
  DecisionWriteRequest,
  DecisionWriteResult,
} from './DecisionWriter';
import { runGit } from '@localplus/portal-node';

/** A kind, namespace or name that is safe as one directory name. */
const SAFE_SEGMENT = /^[a-z0-9][a-z0-9._-]{0,252}$/;
const ENTITY_REF = /^([^:/]+):([^:/]+)\/([^:/]+)$/;
const SAFE_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}\.md$/;

/** `component:default/docs` -> `component/default/docs`, or an InputError. */
function entityDirectory(entityRef: string): string {
  const parts = ENTITY_REF.exec(entityRef.toLocaleLowerCase('en-US'));
  const segments = parts?.slice(1) ?? [];
  if (
    segments.length !== 3 ||
    !segments.every(s => SAFE_SEGMENT.test(s) && !s.includes('..'))
  ) {
    throw new InputError(
      `The entity ref ${JSON.stringify(
        entityRef.slice(0, 200),
      )} cannot name a folder of the development repository: expected <kind>:<namespace>/<name> of letters, digits, ".", "_" and "-"`,
    );
  }
  return segments.join('/');
}

/**
 * The entity's directory below `root`, refusing any segment that is a
 * symlink or not a directory, so a planted link cannot lead a read or a
 * write out of the repository. Missing segments are created when `create`
 * is set; otherwise a missing directory gives undefined.
 */
async function directoryWithin(
  root: string,
  directory: string,
  create: boolean,
): Promise<string | undefined> {
  let current = root;
  for (const segment of directory.split('/')) {
    current = path.join(current, segment);
    const stat = await fs.lstat(current).catch(error => {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    });
    if (!stat) {
      if (!create) return undefined;
      await fs.mkdir(current);
    } else if (stat.isSymbolicLink() || !stat.isDirectory()) {
      throw new NotAllowedError(
        `${directory} is not a plain folder of the development repository`,
      );
    }
  }
  return current;
}

/**
 * Development's stand-in for pull requests: a git repository at `rootDir`
 * (created on first use) where each new record is committed as
 * `<kind>/<namespace>/<name>/<fileName>`. The index reads an entity's
 * drafts through `list` beside its own folder, so a record shows at once.
 * Writes and reads go one at a time, so two requests cannot race for git's
 * index. An existing file is never overwritten.
 */
export class LocalDecisionRepository implements DecisionWriter {
  readonly target = 'local' as const;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly rootDir: string) {}

  write(request: DecisionWriteRequest): Promise<DecisionWriteResult> {
    return this.inTurn(() => this.commit(request));
  }

  /** The entity's drafts, by file name; locations are relative to the repository. */
  async list(entityRef: string): Promise<DecisionFolderFile[]> {
    const directory = entityDirectory(entityRef);
    return this.inTurn(() => this.read(directory));
  }

  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(work, work);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private async commit(
    request: DecisionWriteRequest,
  ): Promise<DecisionWriteResult> {
    const directory = entityDirectory(request.folder.entityRef);
    const { fileName } = request;
    if (!SAFE_FILE_NAME.test(fileName) || fileName.includes('..')) {
      throw new InputError(
        `${JSON.stringify(fileName.slice(0, 200))} is not a decision file name`,
      );
    }
    const relative = `${directory}/${fileName}`;
    await this.ensureRepository();
    const absoluteDirectory = (await directoryWithin(
      this.rootDir,
      directory,
      true,
    ))!;
    const file = path.join(absoluteDirectory, fileName);
    try {
      await fs.writeFile(file, request.content, { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new ConflictError(
          `${relative} already exists in the development repository; it is not overwritten`,
        );
      }
      throw error;
    }
    const title = request.title.replace(/\s+/g, ' ').trim();
    const message = `ADR ${request.number}: ${title}\n\nProposed by ${request.author} through the LOCAL-PLUS developer portal.`;
    try {
      await runGit(this.rootDir, ['add', '--', relative]);
      await runGit(this.rootDir, [
        'commit',
        '--quiet',
        '--message',
        message,
        '--',
        relative,
      ]);
    } catch (error) {
      // Leave the repository as it was: no stray file, nothing staged.
      await runGit(this.rootDir, [
        'rm',
        '--cached',
        '--quiet',
        '--ignore-unmatch',
        '--',
        relative,
      ]).catch(() => undefined);
      await fs.rm(file, { force: true });
      throw error;
    }
    return { location: relative };
  }

  private async ensureRepository(): Promise<void> {
    await fs.mkdir(this.rootDir, { recursive: true });
    const hasOwnGit = await fs.stat(path.join(this.rootDir, '.git')).then(
      () => true,
      () => false,
    );
    if (!hasOwnGit) {
      await runGit(this.rootDir, [
        'init',
        '--quiet',
        '--initial-branch=main',
        '.',
      ]);
    }
  }

  private async read(directory: string): Promise<DecisionFolderFile[]> {
    const absolute = await directoryWithin(this.rootDir, directory, false);
    if (!absolute) return [];
    const entries = await fs.readdir(absolute, { withFileTypes: true });
    const names = entries
      .filter(entry => entry.isFile() && /\.md$/i.test(entry.name))
      .map(entry => entry.name)
      .sort()
      .slice(0, MAX_DECISIONS_PER_FOLDER);
    const files: DecisionFolderFile[] = [];
    for (const fileName of names) {
      const file = path.join(absolute, fileName);
      const { size } = await fs.stat(file);
      if (size > MAX_DECISION_FILE_BYTES) continue;
      files.push({
        fileName,
        location: `${directory}/${fileName}`,
        text: await fs.readFile(file, 'utf8'),
        localDraft: true,
      });
    }
    return files;
  }
}
