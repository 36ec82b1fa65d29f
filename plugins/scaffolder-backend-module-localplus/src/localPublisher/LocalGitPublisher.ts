import fs from 'node:fs/promises';
import path from 'node:path';
import { ConflictError, InputError } from '@backstage/errors';
import { runGit } from '@localplus/portal-node';

const REPOSITORY_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export interface PublishedRepository {
  /** The bare repository, as a git remote URL. */
  remoteUrl: string;
  /** A working copy of main, kept so the dev catalog can read it as a file location. */
  checkoutPath: string;
  commit: string;
}

/**
 * Dev-only stand-in for GitHub: each new service becomes a bare repository
 * under `<root>/repos/<name>.git`, with a working copy in
 * `<root>/checkouts/<name>`. Uses the git CLI with every user and system git
 * config ignored, so the machine's settings cannot change the result.
 */
export class LocalGitPublisher {
  constructor(private readonly root: string) {}

  get checkoutsRoot(): string {
    return path.join(this.root, 'checkouts');
  }

  async publish(options: {
    name: string;
    sourceDir: string;
    commitMessage: string;
    defaultBranch?: string;
  }): Promise<PublishedRepository> {
    const { name, sourceDir, commitMessage } = options;
    const branch = options.defaultBranch ?? 'main';
    if (!REPOSITORY_NAME.test(name) || name.length > 100) {
      throw new InputError(`"${name}" is not a valid repository name`);
    }
    const bare = path.join(this.root, 'repos', `${name}.git`);
    const checkout = path.join(this.checkoutsRoot, name);
    for (const target of [bare, checkout]) {
      if (await exists(target)) {
        throw new ConflictError(
          `A repository named ${name} already exists in the dev data folder (${target}); choose another name or delete it`,
        );
      }
    }
    await fs.mkdir(path.dirname(bare), { recursive: true });
    await fs.mkdir(this.checkoutsRoot, { recursive: true });

    await runGit(this.root, [
      'init',
      '--quiet',
      '--bare',
      `--initial-branch=${branch}`,
      bare,
    ]);
    await runGit(this.root, ['clone', '--quiet', bare, checkout]);
    await fs.cp(sourceDir, checkout, {
      recursive: true,
      filter: source => path.basename(source) !== '.git',
    });
    await runGit(checkout, ['checkout', '--quiet', '-B', branch]);
    await runGit(checkout, ['add', '--all']);
    await runGit(checkout, ['commit', '--quiet', '--message', commitMessage]);
    await runGit(checkout, [
      'push',
      '--quiet',
      'origin',
      `${branch}:${branch}`,
    ]);
    const commit = (await runGit(checkout, ['rev-parse', 'HEAD'])).trim();
    return { remoteUrl: `file://${bare}`, checkoutPath: checkout, commit };
  }

  /** True when `file` lies inside one of this publisher's working copies. */
  ownsCheckoutFile(file: string): boolean {
    const relative = path.relative(this.checkoutsRoot, path.resolve(file));
    return (
      relative !== '' &&
      !relative.startsWith('..') &&
      !path.isAbsolute(relative)
    );
  }
}

/** The publisher, or a clear refusal outside the development config. */
export function requireLocalPublisher(
  publisher?: LocalGitPublisher,
): LocalGitPublisher {
  if (!publisher) {
    throw new InputError(
      'The local publisher is for development only and is not configured here (localplus.scaffolder.localPublisher.directory); this portal publishes to GitHub',
    );
  }
  return publisher;
}

async function exists(target: string): Promise<boolean> {
  return fs.stat(target).then(
    () => true,
    () => false,
  );
}
