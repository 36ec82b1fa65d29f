import http from 'node:http';
import net from 'node:net';

export type LocalServer = {
  baseUrl: string;
  close(): Promise<void>;
};

async function listen(server: net.Server): Promise<string> {
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return `http://127.0.0.1:${port}`;
}

/** Accepts connections and never says a word. */
export async function startSilentServer(): Promise<LocalServer> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer(socket => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const baseUrl = await listen(server);
  return {
    baseUrl,
    close: async () => {
      sockets.forEach(socket => socket.destroy());
      await new Promise(resolve => server.close(resolve));
    },
  };
}

/**
 * An HTTP server whose handler writes the answer; `connectionClosed` resolves
 * with the bytes written when the client goes away.
 */
export async function startHttpServer(
  handler: (res: http.ServerResponse) => void,
): Promise<LocalServer & { connectionClosed: Promise<number> }> {
  let closed: (bytes: number) => void = () => {};
  const connectionClosed = new Promise<number>(resolve => {
    closed = resolve;
  });
  const server = http.createServer((req, res) => {
    req.resume();
    res.on('close', () => closed(res.socket?.bytesWritten ?? 0));
    handler(res);
  });
  const baseUrl = await listen(server);
  return {
    baseUrl,
    connectionClosed,
    close: async () => {
      server.closeAllConnections();
      await new Promise(resolve => server.close(resolve));
    },
  };
}
