import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { isolateTmpDir, processesMentioning } from '../__testUtils__/leftovers';
import { ThrowawayPostgres } from './ThrowawayPostgres';

jest.setTimeout(60_000);

describe('ThrowawayPostgres', () => {
  const tmp = isolateTmpDir();

  it('runs a server of its own that answers queries, and removes it', async () => {
    const postgres = await ThrowawayPostgres.create();
    expect(postgres.directory.startsWith(tmp.dir())).toBe(true);
    try {
      postgres.start();
      const { host, port, user } = postgres.connection;
      const answer = execFileSync(
        'psql',
        ['-h', host, '-p', String(port), '-U', user, '-tAc', 'select 1 + 1'],
        { encoding: 'utf8' },
      );
      expect(answer.trim()).toBe('2');
    } finally {
      postgres.destroy();
    }
    expect(fs.existsSync(postgres.directory)).toBe(false);
    expect(processesMentioning(postgres.directory)).toEqual([]);
  });

  it('removes its folder when initdb fails', async () => {
    const binDir = fs.mkdtempSync(path.join(tmp.dir(), 'bin-'));
    fs.writeFileSync(path.join(binDir, 'initdb'), '#!/bin/sh\nexit 3\n', {
      mode: 0o755,
    });
    await expect(ThrowawayPostgres.create({ binDir })).rejects.toThrow(
      /initdb/,
    );
    fs.rmSync(binDir, { recursive: true });
    expect(fs.readdirSync(tmp.dir())).toEqual([]);
  });

  it('leaves no server behind when it cannot start', async () => {
    const postgres = await ThrowawayPostgres.create();
    const blocker = net.createServer();
    await new Promise<void>(resolve =>
      blocker.listen(postgres.port, '127.0.0.1', resolve),
    );
    try {
      expect(() => postgres.start()).toThrow(/pg_ctl/);
      expect(processesMentioning(postgres.directory)).toEqual([]);
    } finally {
      blocker.close();
      postgres.destroy();
    }
    expect(fs.readdirSync(tmp.dir())).toEqual([]);
  });
});
