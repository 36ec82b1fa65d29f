import express, { Request, Response, Router } from 'express';
import { z } from 'zod';
import { enactFault, FaultRegistry } from '../faults/FaultRegistry';
import { queryValues, singleQueryValue } from '../http/queryParams';
import { parseLabelSelector } from '../kubernetes/labelSelector';
import { identify, readArgoToken, requireArgoSession } from './argoAuth';
import {
  argoErrorBody,
  ArgoApiError,
  grpcCodeForHttpStatus,
} from './argoErrors';
import {
  applicationNameSchema,
  describeIssue,
  getQuerySchema,
  listQuerySchema,
  revisionSchema,
  sessionRequestSchema,
} from './argoRequestSchemas';
import { ApplicationStore } from './ApplicationStore';
import { SessionStore } from './SessionStore';

export interface ArgoRouterOptions {
  store: ApplicationStore;
  sessions: SessionStore;
  faults: FaultRegistry;
  apiToken: string;
}

/** An Argo CD v3 server, as far as a version string goes. */
const VERSION = {
  Version: 'v3.1.8+becb020',
  BuildDate: '2025-09-30T15:34:04Z',
  GitCommit: 'becb020064fe9be5381bf6e5818ff8587ca8f377',
  GitTreeState: 'clean',
  GoVersion: 'go1.24.6',
  Compiler: 'gc',
  Platform: 'linux/amd64',
  KustomizeVersion: 'v5.7.0 2025-06-28T07:00:07Z',
  HelmVersion: 'v3.18.4+gd80839c',
  KubectlVersion: 'v0.33.1',
  JsonnetVersion: 'v0.21.0',
};

function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new ArgoApiError('invalidArgument', describeIssue(result.error));
  }
  return result.data;
}

export function createArgoRouter(options: ArgoRouterOptions): Router {
  const { store, sessions, faults, apiToken } = options;
  const router = Router();

  /** Answers through `send`, unless a fault for one of `targets` says otherwise. */
  const answer = (
    req: Request,
    res: Response,
    targets: string[],
    send: () => void,
  ) => {
    const fault = faults.take(targets, req.path);
    if (!fault) {
      send();
      return;
    }
    enactFault(fault, res, send, (response, status) =>
      response
        .status(status)
        .json(
          argoErrorBody(
            grpcCodeForHttpStatus(status),
            'fault injected by the devstack',
          ),
        ),
    );
  };

  router.get('/api/version', (req, res) =>
    answer(req, res, [], () => res.json(VERSION)),
  );

  router.post('/api/v1/session', express.json({ limit: '4kb' }), (req, res) => {
    const { username, password } = parseOrThrow(sessionRequestSchema, req.body);
    const token = sessions.login(username, password);
    if (!token) {
      throw new ArgoApiError('unauthenticated', 'Invalid username or password');
    }
    answer(req, res, [], () => res.json({ token }));
  });

  router.get('/api/v1/session/userinfo', (req, res) => {
    const username = identify(readArgoToken(req), apiToken, sessions);
    res.json(
      username
        ? { loggedIn: true, username, iss: 'argocd' }
        : { loggedIn: false },
    );
  });

  router.use('/api/v1', requireArgoSession(apiToken, sessions));

  router.delete('/api/v1/session', (req, res) => {
    const token = readArgoToken(req);
    if (token) {
      sessions.logout(token);
    }
    res.json({});
  });

  router.get('/api/v1/applications', (req, res) => {
    const query = parseOrThrow(listQuerySchema, {
      selector: singleQueryValue(req, 'selector'),
      name: singleQueryValue(req, 'name') || undefined,
      projects: [
        ...queryValues(req, 'projects'),
        ...queryValues(req, 'project'),
      ],
      repo: singleQueryValue(req, 'repo') || undefined,
      appNamespace: singleQueryValue(req, 'appNamespace') || undefined,
    });
    let selector;
    try {
      selector = parseLabelSelector(query.selector ?? '');
    } catch (error) {
      throw new ArgoApiError(
        'invalidArgument',
        `error parsing the selector: ${(error as Error).message}`,
      );
    }
    const items = store.list({ ...query, selector });
    answer(
      req,
      res,
      items.map(app => app.metadata.name),
      () => res.json({ metadata: { resourceVersion: '1' }, items }),
    );
  });

  router.get('/api/v1/applications/:name', (req, res) => {
    const name = parseOrThrow(applicationNameSchema, req.params.name);
    const { appNamespace, project } = parseOrThrow(getQuerySchema, {
      appNamespace: singleQueryValue(req, 'appNamespace') || undefined,
      project: singleQueryValue(req, 'project') || undefined,
    });
    const app = store.get(name, appNamespace, project);
    answer(req, res, [name], () => res.json(app));
  });

  router.get(
    '/api/v1/applications/:name/revisions/:revision/metadata',
    (req, res) => {
      const name = parseOrThrow(applicationNameSchema, req.params.name);
      const revision = parseOrThrow(revisionSchema, req.params.revision);
      const { appNamespace } = parseOrThrow(getQuerySchema, {
        appNamespace: singleQueryValue(req, 'appNamespace') || undefined,
      });
      const metadata = store.revisionMetadata(name, revision, appNamespace);
      answer(req, res, [name], () => res.json(metadata));
    },
  );

  router.all(/^\/api\/v1\/applications(\/.*)?$/, req => {
    if (req.method === 'GET' || req.method === 'HEAD') {
      throw new ArgoApiError('notFound', 'Not Found');
    }
    // Sync, rollback, create and delete are out of scope: the simulator is read-only.
    throw new ArgoApiError(
      'unimplemented',
      'the devstack Argo CD simulator is read-only',
    );
  });

  return router;
}
