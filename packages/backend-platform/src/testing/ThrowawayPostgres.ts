import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * A real PostgreSQL server of the machine's own installation, in a temporary
 * data folder on a free port, that a test may stop and start at will without
 * touching the machine's shared server.
 */
export class ThrowawayPostgres {
  private constructor(
    private readonly binDir: string,
    private readonly dataDir: string,
    readonly port: number,
    private readonly runAs?: string,
  ) {}

  static async create(): Promise<ThrowawayPostgres> {
    const binDir = findPostgresBinDir();
    const runAs = process.getuid?.() === 0 ? 'postgres' : undefined;
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'throwaway-pg-'));
    if (runAs) {
      execFileSync('chown', [runAs, dataDir]);
    }
    const instance = new ThrowawayPostgres(
      binDir,
      dataDir,
      await freePort(),
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
    try {
      this.stop();
    } catch {
      // already stopped
    }
    fs.rmSync(this.dataDir, { recursive: true, force: true });
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

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
