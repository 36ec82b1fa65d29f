import http from 'node:http';

export interface ClientOptions {
  /** The address the request leaves from: 127.0.0.2 is loopback too, but not on any allowlist. */
  localAddress?: string;
  /** What a load balancer in front would have put in X-Forwarded-For. */
  forwardedFor?: string;
}

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 32 });

/** One GET to the backend on this machine, from the given address. */
export function get(
  port: number,
  path: string,
  { localAddress, forwardedFor }: ClientOptions = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      {
        host: '127.0.0.1',
        port,
        path,
        agent,
        localAddress,
        headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
      },
      response => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', chunk => (body += chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode!,
            headers: response.headers,
            body,
          }),
        );
      },
    );
    request.on('error', reject);
  });
}

/** `count` GETs, 32 at a time; the statuses in the order they were sent. */
export async function statusesOf(
  port: number,
  path: string,
  count: number,
  options: ClientOptions = {},
): Promise<number[]> {
  const statuses: number[] = [];
  for (let sent = 0; sent < count; sent += 32) {
    const batch = Array.from({ length: Math.min(32, count - sent) }, () =>
      get(port, path, options).then(answer => answer.status),
    );
    statuses.push(...(await Promise.all(batch)));
  }
  return statuses;
}

export function closeConnections() {
  agent.destroy();
}
