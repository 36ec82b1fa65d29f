import net from 'node:net';

/** The real PostgreSQL and Redis the generated services' integration tests use. */

/** Where the harness's Redis listens; its databases come from the server kit. */
export const redisUrl =
  process.env.GOLDEN_PATH_REDIS_URL ?? 'redis://127.0.0.1:6379/0';

// --------------------------------------------------------------------- Redis

/** Sends one command over RESP and returns the reply (bulk strings as text). */
export function redisCommand(url: string, ...args: string[]): Promise<string> {
  const { hostname, port } = new URL(url);
  const request = `*${args.length}\r\n${args
    .map(arg => `$${Buffer.byteLength(arg)}\r\n${arg}\r\n`)
    .join('')}`;
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port || 6379), hostname);
    let buffer = Buffer.alloc(0);
    socket.setTimeout(5_000, () =>
      socket.destroy(new Error(`redis ${url}: timeout`)),
    );
    socket.on('error', reject);
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      const headerEnd = buffer.indexOf('\r\n');
      if (headerEnd < 0) return;
      const header = buffer.subarray(0, headerEnd).toString();
      if (header.startsWith('-')) {
        socket.end();
        reject(new Error(`redis ${args[0]}: ${header.slice(1)}`));
      } else if (header.startsWith('$')) {
        const length = Number(header.slice(1));
        if (buffer.length >= headerEnd + 2 + length) {
          socket.end();
          resolve(
            buffer.subarray(headerEnd + 2, headerEnd + 2 + length).toString(),
          );
        }
      } else {
        socket.end();
        resolve(header.slice(1));
      }
    });
    socket.write(request);
  });
}

/** A counter from Redis' INFO, e.g. total_connections_received. */
export async function redisStat(url: string, field: string): Promise<number> {
  const info = await redisCommand(url, 'INFO', 'stats');
  const match = info.match(new RegExp(`^${field}:(\\d+)`, 'm'));
  if (!match) {
    throw new Error(`INFO stats has no ${field}`);
  }
  return Number(match[1]);
}

// -------------------------------------------------------------------- Python
