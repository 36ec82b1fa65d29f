import net from 'node:net';

/**
 * A port free on `host` right now. For programs such as Prometheus that
 * cannot be told to pick one themselves (they refuse port 0); the port may
 * be taken again before they bind it, so callers retry on a bind failure.
 */
export function findFreePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(error => (error ? reject(error) : resolve(port)));
    });
  });
}
