import { randomBytes } from 'node:crypto';
import express, { Express, NextFunction, Request, Response } from 'express';
import { z } from 'zod';
import { ARGOCD } from '../dataset/argoApplication';
import { DevstackDataset } from '../dataset/buildDevstackDataset';
import { render } from '../dataset/renderTemplate';
import { FaultRegistry } from '../faults';
import {
  ApiError,
  apiErrorHandler,
  InputError,
  objectName,
  parseInput,
  queryValues,
  readBearerToken,
  simulatorApp,
  singleQueryValue,
  tokensEqual,
} from '../http';
import {
  matchesLabelSelector,
  MAX_SELECTOR_LENGTH,
  parseLabelSelector,
} from '../kubernetes/selectors';
import { applicationPage, unknownApplicationPage } from './applicationPage';

/** Argo CD's `{ error, code, message }`, with the gRPC code of the HTTP status. */
function errorBody({ status, message }: ApiError) {
  const known = Object.values(ARGOCD.errorCodes).find(c => c.http === status);
  const code = known?.grpc ?? (status >= 500 ? 13 : 3);
  return { error: message, code, message, details: [] };
}

const schemas = {
  /** A git sha (full or abbreviated) or a ref name such as `main` or `HEAD`. */
  revision: z
    .string()
    .max(255)
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
      'must be a commit sha or a ref name',
    ),
  list: z.object({
    selector: z.string().max(MAX_SELECTOR_LENGTH).optional(),
    name: objectName.optional(),
    projects: z.array(objectName).max(50),
    repo: z.string().max(2048).optional(),
    appNamespace: objectName.optional(),
  }),
  get: z.object({
    appNamespace: objectName.optional(),
    project: objectName.optional(),
  }),
  session: z.object({
    username: z.string().min(1).max(256),
    password: z.string().min(1).max(1024),
  }),
};

/** A query parameter, with an empty value read as absent. */
const query = (req: Request, name: string) =>
  singleQueryValue(req, name) || undefined;

/**
 * The token of a request: a bearer header, or the `argocd.token` cookie that
 * the Roadie plugin's proxy setup sends (`Cookie: argocd.token=<token>`).
 */
function readArgoToken(req: Request): string | undefined {
  const cookie = (req.headers.cookie ?? '')
    .split(';')
    .map(part => part.trim())
    .find(part => part.startsWith('argocd.token=') && part.length > 13);
  return readBearerToken(req) ?? cookie?.slice(13);
}

/** Enough for any test run; the oldest sessions are dropped past it. */
const MAX_SESSIONS = 1000;

/**
 * `apiToken` (an Argo CD account token) is accepted for the account
 * `backstage`; `username`/`password` is the one user sessions are opened for.
 */
export function createArgoCdApp(
  dataset: DevstackDataset,
  faults: FaultRegistry,
  options: {
    apiToken: string;
    username: string;
    password: string;
    adminEndpoints: boolean;
  },
): Express {
  const { applications } = dataset;
  const workloads = new Map(
    dataset.clusters.flatMap(cluster =>
      cluster.workloads.map(w => [w.application.metadata.name, w]),
    ),
  );
  const sessions = new Map<string, string>();

  const identify = (token = '') =>
    tokensEqual(token, options.apiToken) ? 'backstage' : sessions.get(token);

  /** Rejects requests without a valid token, as Argo CD does with gRPC code 16. */
  const requireSession = (req: Request, _res: Response, next: NextFunction) => {
    const token = readArgoToken(req);
    if (!identify(token)) {
      const message = token
        ? 'invalid session: token is not recognised'
        : 'no session information';
      throw new ApiError(401, message);
    }
    next();
  };

  /** A route answering `body`, unless a fault for one of `targets` says otherwise. */
  const answer =
    (handler: (req: Request) => { targets: string[]; body: unknown }) =>
    (req: Request, res: Response, next: NextFunction) => {
      const { targets, body } = handler(req);
      faults.enact(targets, req.path, res, next, () => res.json(body));
    };

  /** The application of `:name`, in the query's namespace (and project); else a 404. */
  const requested = (req: Request, withProject: boolean) => {
    const name = parseInput(objectName, req.params.name);
    const { appNamespace, project } = parseInput(schemas.get, {
      appNamespace: query(req, 'appNamespace'),
      project: withProject ? query(req, 'project') : undefined,
    });
    const app = applications.find(a => a.metadata.name === name);
    const otherNamespace = appNamespace && appNamespace !== ARGOCD.namespace;
    if (!app || otherNamespace || (project && app.spec.project !== project)) {
      throw new ApiError(404, `applications.argoproj.io "${name}" not found`);
    }
    return app;
  };

  const app = simulatorApp();
  if (options.adminEndpoints) {
    app.use('/__devstack', requireSession);
    app.use(faults.adminRouter());
  }

  app.get(
    '/api/version',
    answer(() => ({ targets: [], body: ARGOCD.version })),
  );

  /** The UI page a browser opens from the portal's Argo CD links; no token, as it is a page. */
  app.get('/applications/:name', (req, res) => {
    const { name } = req.params;
    const { application } = workloads.get(name) ?? {};
    res.type('html').status(application ? 200 : 404);
    res.send(
      application ? applicationPage(application) : unknownApplicationPage(name),
    );
  });

  app.post(
    '/api/v1/session',
    express.json({ limit: '4kb' }),
    answer(req => {
      const { username, password } = parseInput(schemas.session, req.body);
      // Both comparisons always run, so timing does not tell which one failed.
      const userOk = tokensEqual(username, options.username);
      const passwordOk = tokensEqual(password, options.password);
      if (!userOk || !passwordOk) {
        throw new ApiError(401, 'Invalid username or password');
      }
      const token = randomBytes(32).toString('base64url');
      sessions.set(token, username);
      if (sessions.size > MAX_SESSIONS) {
        sessions.delete(sessions.keys().next().value!);
      }
      return { targets: [], body: { token } };
    }),
  );

  app.get('/api/v1/session/userinfo', (req, res) => {
    const username = identify(readArgoToken(req));
    const loggedIn = { loggedIn: true, username, iss: 'argocd' };
    res.json(username ? loggedIn : { loggedIn: false });
  });

  app.use('/api/v1', requireSession);

  app.delete('/api/v1/session', (req, res) => {
    sessions.delete(readArgoToken(req) ?? '');
    res.json({});
  });

  /** Filters like Argo CD's List: selector, then name, projects and repository. */
  app.get(
    '/api/v1/applications',
    answer(req => {
      const filter = parseInput(schemas.list, {
        selector: singleQueryValue(req, 'selector'),
        name: query(req, 'name'),
        projects: ['projects', 'project'].flatMap(p => queryValues(req, p)),
        repo: query(req, 'repo'),
        appNamespace: query(req, 'appNamespace'),
      });
      let labelSelector: ReturnType<typeof parseLabelSelector>;
      try {
        labelSelector = parseLabelSelector(filter.selector ?? '');
      } catch (error) {
        const { message } = error as Error;
        throw new InputError(`error parsing the selector: ${message}`);
      }
      const { name, projects, repo, appNamespace } = filter;
      const ownNamespace = !appNamespace || appNamespace === ARGOCD.namespace;
      const items = applications.filter(
        a =>
          ownNamespace &&
          matchesLabelSelector(a.metadata.labels, labelSelector) &&
          (!name || a.metadata.name === name) &&
          (projects.length === 0 || projects.includes(a.spec.project)) &&
          (!repo || a.spec.source.repoURL === repo),
      );
      const targets = items.map(a => a.metadata.name);
      return { targets, body: { metadata: { resourceVersion: '1' }, items } };
    }),
  );

  app.get(
    '/api/v1/applications/:name',
    answer(req => {
      const body = requested(req, true);
      return { targets: [body.metadata.name], body };
    }),
  );

  /**
   * Commit metadata of a revision of the application's repository: a full or
   * abbreviated sha, or `main`/`HEAD` for the newest commit.
   */
  app.get(
    '/api/v1/applications/:name/revisions/:revision/metadata',
    answer(req => {
      const revision = parseInput(schemas.revision, req.params.revision);
      const { name } = requested(req, false).metadata;
      const commits =
        dataset.commits.get(workloads.get(name)!.plan.component.name) ?? [];
      const sha = revision.toLowerCase();
      const commit = ['HEAD', 'main'].includes(revision)
        ? commits[commits.length - 1]
        : commits.find(
            c => /^[0-9a-f]{7,40}$/.test(sha) && c.sha.startsWith(sha),
          );
      if (!commit) {
        const message = `revision ${revision} not found in ${name}'s repository`;
        throw new ApiError(404, message);
      }
      const body = render(ARGOCD.revisionMetadata, { commit });
      return { targets: [name], body };
    }),
  );

  app.all(/^\/api\/v1\/applications(\/.*)?$/, req => {
    if (req.method === 'GET' || req.method === 'HEAD') {
      throw new ApiError(404, 'Not Found');
    }
    // Sync, rollback, create and delete are out of scope: the simulator is read-only.
    throw new ApiError(405, 'the devstack Argo CD simulator is read-only');
  });

  app.use(() => {
    throw new ApiError(404, 'Not Found');
  });
  app.use(apiErrorHandler(errorBody));
  return app;
}
