import {
  coreServices,
  createBackendPlugin,
  HttpRouterService,
} from '@backstage/backend-plugin-api';
import { listen } from '@localplus/server-kit';
import type http from 'node:http';

type RouteHandler = Parameters<HttpRouterService['use']>[0];

/**
 * A backend plugin with `pluginId` whose every route answers what the test
 * sets in `answer`: a stand-in for another plugin gone wrong.
 */
export function standInPlugin(pluginId: string) {
  const state: { answer: RouteHandler; requests: string[] } = {
    answer: (_req, res) => {
      res.status(500).json({ error: { message: 'no answer set' } });
    },
    requests: [],
  };
  const plugin = createBackendPlugin({
    pluginId,
    register(reg) {
      reg.registerInit({
        deps: { httpRouter: coreServices.httpRouter },
        async init({ httpRouter }) {
          httpRouter.use((req, res, next) => {
            state.requests.push(req.url);
            return state.answer(req, res, next);
          });
          // The stand-in checks no caller: what it answers is the point.
          httpRouter.addAuthPolicy({ path: '/', allow: 'unauthenticated' });
        },
      });
    },
  });
  return { plugin, state };
}

/** A local HTTP server answering what the test sets, recording each request's path and headers. */
export async function startHostileServer() {
  const state: {
    answer: http.RequestListener;
    requests: Array<{ url: string; headers: http.IncomingHttpHeaders }>;
  } = {
    answer: (_req, res) => {
      res.writeHead(500).end();
    },
    requests: [],
  };
  const server = await listen(
    (req, res) => {
      state.requests.push({ url: req.url ?? '', headers: req.headers });
      state.answer(req, res);
    },
    '127.0.0.1',
    0,
  );
  return { url: server.url, state, close: () => server.close() };
}

/** Writes chunks until the client goes away; resolves how many bytes were sent by then. */
export function endlessBody(
  res: http.ServerResponse,
  contentType = 'application/json',
): Promise<number> {
  return new Promise(resolve => {
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    res.writeHead(200, { 'content-type': contentType });
    res.write('{"rows":"');
    const pump = () => {
      while (!res.destroyed && res.write(chunk)) {
        sent += chunk.length;
      }
      if (res.destroyed) resolve(sent);
    };
    res.on('drain', pump);
    res.on('close', () => resolve(sent));
    pump();
  });
}
