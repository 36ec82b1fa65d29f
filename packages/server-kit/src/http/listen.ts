import http from 'node:http';
import { AddressInfo } from 'node:net';

export interface RunningServer {
  /** Base URL, e.g. `http://127.0.0.1:7701`. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves `app` (any request listener, an Express app included) on
 * `host:port` (port 0 picks a free one). `close` also ends open
 * connections.
 */
export function listen(
  app: http.RequestListener,
  host: string,
  port: number,
): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = http.createServer(app);
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const hostForUrl =
        address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve({
        url: `http://${hostForUrl}:${address.port}`,
        port: address.port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close(error => (error ? fail(error) : done()));
            // Keep-alive and delayed (fault-injected) requests must not hold shutdown.
            server.closeAllConnections();
          }),
      });
    });
  });
}
