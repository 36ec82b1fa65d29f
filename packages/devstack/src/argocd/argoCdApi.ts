import { randomBytes } from 'node:crypto';
import express, {
  ErrorRequestHandler,
  Express,
  Request,
  Response,
} from 'express';
import { z } from 'zod';
import { ARGOCD } from '../dataset/argoApplication';
import { DevstackDataset } from '../dataset/buildDevstackDataset';
import { iso } from '../dataset/renderTemplate';
import { FaultRegistry } from '../faults';
import {
  InputError,
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

const GRPC_CODES = ARGOCD.errorCodes;

const errorBody = (code: number, message: string) => ({
  error: message,
  code,
  message,
  details: [],
});

class ArgoApiError extends Error {
  constructor(readonly kind: keyof typeof GRPC_CODES, message: string) {
    super(message);
  }
}

/** Kubernetes object names: what an Argo CD application or project may be called. */
const objectName = z
  .string()
  .max(253)
  .regex(
    /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/,
    'must be a lowercase RFC 1123 subdomain',
  );

const schemas = {
  name: objectName,
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

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ArgoApiError(
      'invalidArgument',
      `${issue.path.join('.') || 'request'}: ${issue.message}`,
    );
  }
  return result.data;
}

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

/** Argo CD's `{ error, code, message }` bodies for every failure; never a stack. */
const argoErrorHandler: ErrorRequestHandler = (error, _req, res, _next) => {
  if (res.headersSent) {
    return;
  }
  if (error instanceof ArgoApiError) {
    const { http, grpc } = GRPC_CODES[error.kind];
    res.status(http).json(errorBody(grpc, error.message));
  } else if (error instanceof InputError) {
    res.status(400).json(errorBody(3, error.message));
  } else if (error?.status >= 400 && error.status < 500) {
    // body-parser and path decoding: malformed or oversized input.
    res.status(error.status).json(errorBody(3, String(error.message)));
  } else {
    res.status(500).json(errorBody(13, 'internal error'));
  }
};

export interface ArgoCdApiOptions {
  dataset: DevstackDataset;
  faults: FaultRegistry;
  /** The API token (an Argo CD account token), accepted for the account `backstage`. */
  apiToken: string;
  /** The one user `POST /api/v1/session` accepts. */
  username: string;
  password: string;
  adminEndpoints: boolean;
}

export function createArgoCdApp(options: ArgoCdApiOptions): Express {
  const { dataset, faults, apiToken } = options;
  const applications = dataset.applications;
  const commitsByApplication = new Map(
    dataset.clusters.flatMap(cluster =>
      cluster.workloads.map(w => [
        w.application.metadata.name,
        dataset.commits.get(w.plan.component.name),
      ]),
    ),
  );
  /** Session token to user name. */
  const sessions = new Map<string, string>();

  const identify = (token = '') =>
    tokensEqual(token, apiToken) ? 'backstage' : sessions.get(token);

  /** Rejects requests without a valid token, as Argo CD does with gRPC code 16. */
  const requireSession: express.RequestHandler = (req, _res, next) => {
    const token = readArgoToken(req);
    if (!identify(token)) {
      const message = token
        ? 'invalid session: token is not recognised'
        : 'no session information';
      throw new ArgoApiError('unauthenticated', message);
    }
    next();
  };

  /** Answers through `send`, unless a fault for one of `targets` says otherwise. */
  const answer = (
    req: Request,
    res: Response,
    targets: string[],
    body: unknown,
  ) =>
    faults.enact(
      targets,
      req.path,
      res,
      () => res.json(body),
      status => {
        const code = Object.values(GRPC_CODES).find(
          c => c.http === status,
        )?.grpc;
        const grpc = code ?? (status >= 500 ? 13 : 3);
        res
          .status(status)
          .json(errorBody(grpc, 'fault injected by the devstack'));
      },
    );

  const findApplication = (
    name: string,
    appNamespace?: string,
    project?: string,
  ) => {
    const app = applications.find(a => a.metadata.name === name);
    if (
      !app ||
      (appNamespace && appNamespace !== ARGOCD.namespace) ||
      (project && app.spec.project !== project)
    ) {
      throw new ArgoApiError(
        'notFound',
        `applications.argoproj.io "${name}" not found`,
      );
    }
    return app;
  };

  const app = simulatorApp();
  if (options.adminEndpoints) {
    app.use('/__devstack', requireSession);
    app.use(faults.adminRouter());
  }

  app.get('/api/version', (req, res) => answer(req, res, [], ARGOCD.version));

  app.post('/api/v1/session', express.json({ limit: '4kb' }), (req, res) => {
    const { username, password } = parse(schemas.session, req.body);
    // Both comparisons always run, so timing does not tell which one failed.
    const userOk = tokensEqual(username, options.username);
    const passwordOk = tokensEqual(password, options.password);
    if (!userOk || !passwordOk) {
      throw new ArgoApiError('unauthenticated', 'Invalid username or password');
    }
    const token = randomBytes(32).toString('base64url');
    sessions.set(token, username);
    if (sessions.size > MAX_SESSIONS) {
      sessions.delete(sessions.keys().next().value!);
    }
    answer(req, res, [], { token });
  });

  app.get('/api/v1/session/userinfo', (req, res) => {
    const username = identify(readArgoToken(req));
    res.json(
      username
        ? { loggedIn: true, username, iss: 'argocd' }
        : { loggedIn: false },
    );
  });

  app.use('/api/v1', requireSession);

  app.delete('/api/v1/session', (req, res) => {
    sessions.delete(readArgoToken(req) ?? '');
    res.json({});
  });

  /** Filters like Argo CD's List: selector, then name, projects and repository. */
  app.get('/api/v1/applications', (req, res) => {
    const { selector, name, projects, repo, appNamespace } = parse(
      schemas.list,
      {
        selector: singleQueryValue(req, 'selector'),
        name: query(req, 'name'),
        projects: [
          ...queryValues(req, 'projects'),
          ...queryValues(req, 'project'),
        ],
        repo: query(req, 'repo'),
        appNamespace: query(req, 'appNamespace'),
      },
    );
    let labelSelector;
    try {
      labelSelector = parseLabelSelector(selector ?? '');
    } catch (error) {
      throw new ArgoApiError(
        'invalidArgument',
        `error parsing the selector: ${(error as Error).message}`,
      );
    }
    const items =
      appNamespace && appNamespace !== ARGOCD.namespace
        ? []
        : applications.filter(
            a =>
              matchesLabelSelector(a.metadata.labels, labelSelector) &&
              (!name || a.metadata.name === name) &&
              (projects.length === 0 || projects.includes(a.spec.project)) &&
              (!repo || a.spec.source.repoURL === repo),
          );
    const targets = items.map(a => a.metadata.name);
    answer(req, res, targets, { metadata: { resourceVersion: '1' }, items });
  });

  app.get('/api/v1/applications/:name', (req, res) => {
    const name = parse(schemas.name, req.params.name);
    const { appNamespace, project } = parse(schemas.get, {
      appNamespace: query(req, 'appNamespace'),
      project: query(req, 'project'),
    });
    answer(req, res, [name], findApplication(name, appNamespace, project));
  });

  /**
   * Commit metadata of a revision of the application's repository: a full or
   * abbreviated sha, or `main`/`HEAD` for the newest commit.
   */
  app.get(
    '/api/v1/applications/:name/revisions/:revision/metadata',
    (req, res) => {
      const name = parse(schemas.name, req.params.name);
      const revision = parse(schemas.revision, req.params.revision);
      const { appNamespace } = parse(schemas.get, {
        appNamespace: query(req, 'appNamespace'),
      });
      findApplication(name, appNamespace);
      const commits = commitsByApplication.get(name) ?? [];
      const lowered = revision.toLowerCase();
      const isSha = /^[0-9a-f]{7,40}$/.test(lowered);
      const commit = ['HEAD', 'main'].includes(revision)
        ? commits[commits.length - 1]
        : commits.find(c => isSha && c.sha.startsWith(lowered));
      if (!commit) {
        throw new ArgoApiError(
          'notFound',
          `revision ${revision} not found in ${name}'s repository`,
        );
      }
      answer(req, res, [name], {
        author: `${commit.author.name} <${commit.author.email}>`,
        date: iso(commit.date),
        tags: [],
        message: commit.message,
        signatureInfo: '',
      });
    },
  );

  app.all(/^\/api\/v1\/applications(\/.*)?$/, req => {
    if (req.method === 'GET' || req.method === 'HEAD') {
      throw new ArgoApiError('notFound', 'Not Found');
    }
    // Sync, rollback, create and delete are out of scope: the simulator is read-only.
    throw new ArgoApiError(
      'unimplemented',
      'the devstack Argo CD simulator is read-only',
    );
  });

  app.use(() => {
    throw new ArgoApiError('notFound', 'Not Found');
  });
  app.use(argoErrorHandler);
  return app;
}
