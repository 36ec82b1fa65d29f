import { AddressInfo } from 'node:net';
import path from 'node:path';
import express from 'express';

/**
 * Serves a built Backstage app (`dist/`) the way a static host would: the
 * files as they are, and `index.html` for every other path so the app's
 * router resolves it. The built `index.html` carries the app's config.
 */
export async function serveStaticApp(distDir: string) {
  const app = express();
  app.use(express.static(distDir, { index: 'index.html' }));
  app.use((_req, res) => res.sendFile(path.join(distDir, 'index.html')));
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>(resolve => server.close(() => resolve())),
  };
}
