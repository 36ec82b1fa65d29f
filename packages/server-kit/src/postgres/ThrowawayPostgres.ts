import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findFreePort } from '../process/findFreePort';

export interface ThrowawayPostgresOptions {
  /**
   * The folder of `initdb` and `pg_ctl`; defaults to the newest under
   * `/usr/lib/postgresql`.
   */
  binDir?: string;
}

/**
 * A real PostgreSQL server of the machine's own installation, in a temporary
 * data folder on a free port, that a test may stop and start at will without
 * touching the machine's shared server. `create` runs `initdb`; `start`
 * starts the server; `destroy` stops it and removes the folder. A failed
 * `create` or `start` leaves neither a folder nor a server behind.
 */
export class ThrowawayPostgres {
  private constructor(
    private readonly binDir: string,
    private readonly dataDir: string,
    readonly port: number,
    private readonly runAs?: string,
  ) {}

  static async create(
    options: ThrowawayPostgresOptions = {},
  ): Promise<ThrowawayPostgres> {
    const binDir = options.binDir ?? findPostgresBinDir();
    // initdb refuses to run as root.
    const runAs = process.getuid?.() === 0 ? 'postgres' : undefined;
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'throwaway-pg-'));
    try {
      if (runAs) {
        execFileSync('chown', [runAs, dataDir]);
      }
      const instance = new ThrowawayPostgres(
        binDir,
        dataDir,
        await findFreePort(),
        runAs,
      );
      instance.run('initdb', [
        '-D',
        dataDir,
        '-A',
        'trust',
        '-U',
        'postgres',
        '--no-sync',
      ]);
      return instance;
    } catch (error) {
      fs.rmSync(dataDir, { recursive: true, force: true });
      throw error;
    }
  }

  /** The data folder, removed by `destroy`. */
  get directory(): string {
    return this.dataDir;
  }

  get connection() {
    return {
      host: '127.0.0.1',
      port: this.port,
      user: 'postgres',
      password: '',
    };
  }

  start() {
    try {
      this.startServer();
    } catch (error) {
      // pg_ctl gives up waiting, but a slow server may still come up.
      this.stopQuietly();
      throw error;
    }
  }

  private startServer() {
    this.run('pg_ctl', [
      '-D',
      this.dataDir,
      '-o',
      `-p ${this.port} -k ${this.dataDir} -c listen_addresses=127.0.0.1 -c fsync=off`,
      '-l',
      path.join(this.dataDir, 'server.log'),
      '-w',
      'start',
    ]);
  }

  stop() {
    this.run('pg_ctl', ['-D', this.dataDir, '-m', 'immediate', '-w', 'stop']);
  }

  destroy() {
    this.stopQuietly();
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }

  private stopQuietly() {
    try {
      this.stop();
    } catch {
      // not running
    }
  }

  private run(tool: string, args: string[]) {
    const binary = path.join(this.binDir, tool);
    if (this.runAs) {
      execFileSync('runuser', ['-u', this.runAs, '--', binary, ...args], {
        stdio: 'pipe',
      });
    } else {
      execFileSync(binary, args, { stdio: 'pipe' });
    }
  }
}

function findPostgresBinDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).sort() : [];
  const candidate = versions
    .reverse()
    .map(v => path.join(root, v, 'bin'))
    .find(dir => fs.existsSync(path.join(dir, 'pg_ctl')));
  if (!candidate) {
    throw new Error(`PostgreSQL server binaries not found under ${root}`);
  }
  return candidate;
}
