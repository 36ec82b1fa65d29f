import { Express, NextFunction, Request, Response } from 'express';
import { FaultRegistry } from '../faults';
import {
  ApiError,
  apiErrorHandler,
  simulatorApp,
  singleQueryValue,
  tokensEqual,
} from '../http';
import {
  findRepository,
  GithubDataset,
  GithubRepositoryRecord,
  rulesetsOf,
} from './githubDataset';
import {
  branchProtectionJson,
  branchRuleJson,
  repositoryJson,
  rulesetJson,
} from './githubShapes';
import { RateLimitState, RateLimitWindow } from './rateLimitWindow';

const DOCUMENTATION_URL = 'https://docs.github.com/rest';

/** `{ message, documentation_url, status }`, as GitHub writes errors. */
function errorBody({ status, message }: ApiError) {
  return { message, documentation_url: DOCUMENTATION_URL, status: `${status}` };
}

// What GitHub accepts as an owner login and a repository name; anything
// else (`..`, spaces, 300 characters) is a repository GitHub cannot have.
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPOSITORY = /^(?!\.\.?$)[A-Za-z0-9._-]{1,100}$/;

/** `token <t>` (what Octokit sends) or `Bearer <t>`, GitHub's two schemes. */
function readGithubToken(req: Request): string {
  const header = req.headers.authorization ?? '';
  return /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header)?.[1] ?? '';
}

/** GitHub's answer where the plan has neither protected branches nor rulesets. */
const PLAN_REFUSAL =
  'Upgrade to GitHub Pro or make this repository public to enable this feature.';

function refuseWithoutPlan(repository: GithubRepositoryRecord) {
  if (repository.planWithoutProtection) {
    throw new ApiError(403, PLAN_REFUSAL);
  }
}

/** `per_page` (1 to 100, default 30) and `page` (from 1), as GitHub reads them. */
function pageOf(req: Request): { perPage: number; page: number } {
  const number = (name: string) => {
    const value = Number(singleQueryValue(req, name));
    return Number.isInteger(value) && value > 0 ? value : undefined;
  };
  return {
    perPage: Math.min(number('per_page') ?? 30, 100),
    page: number('page') ?? 1,
  };
}

/** One page of `items`, with GitHub's `Link` header to the others. */
function sendPage(
  req: Request,
  res: Response,
  origin: string,
  items: readonly unknown[],
) {
  const { perPage, page } = pageOf(req);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (to: number, rel: string) =>
    `<${origin}${req.path}?per_page=${perPage}&page=${to}>; rel="${rel}"`;
  // In GitHub's order: prev, next, last, first.
  const links = [
    ...(page > 1 ? [link(Math.min(page - 1, last), 'prev')] : []),
    ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
    ...(page > 1 ? [link(1, 'first')] : []),
  ];
  if (links.length > 0) {
    res.set('link', links.join(', '));
  }
  res.json(items.slice((page - 1) * perPage, page * perPage));
}

function setRateLimitHeaders(res: Response, state: RateLimitState) {
  res.set({
    'x-ratelimit-limit': `${state.limit}`,
    'x-ratelimit-remaining': `${state.remaining}`,
    'x-ratelimit-used': `${state.used}`,
    'x-ratelimit-reset': `${state.reset}`,
    'x-ratelimit-resource': 'core',
  });
}

/**
 * Serves the repositories, their default branch's classic protection and
 * the rulesets that apply to it, read-only, the way GitHub's REST API
 * answers a token with administration read access: the requests the
 * compliance collector makes.
 */
export function createGithubApp(
  dataset: GithubDataset,
  faults: FaultRegistry,
  options: { token: string; adminEndpoints: boolean; rateLimitPerHour: number },
): Express {
  const app = simulatorApp();
  const rateLimit = new RateLimitWindow(options.rateLimitPerHour);
  const origin = (req: Request) => `${req.protocol}://${req.get('host')}`;

  app.use((req, res, next) => {
    res.set('x-github-media-type', 'github.v3; format=json');
    const token = readGithubToken(req);
    if (!token) {
      throw new ApiError(401, 'Requires authentication');
    }
    if (!tokensEqual(token, options.token)) {
      throw new ApiError(401, 'Bad credentials');
    }
    const { allowed, state } = rateLimit.take();
    setRateLimitHeaders(res, state);
    if (!allowed) {
      throw new ApiError(
        403,
        'API rate limit exceeded for the devstack token.',
      );
    }
    next();
  });
  if (options.adminEndpoints) {
    app.use(faults.adminRouter());
  }

  /** The repository of the path, or GitHub's 404 (an impossible name too). */
  const repositoryOf = (req: Request) => {
    const { owner, repo } = req.params;
    const found =
      OWNER.test(owner) && REPOSITORY.test(repo)
        ? findRepository(dataset, owner, repo)
        : undefined;
    if (!found) {
      throw new ApiError(404, 'Not Found');
    }
    return found;
  };

  /** A JSON answer, unless a fault on GitHub or the repository says otherwise. */
  const answer =
    (handler: (req: Request) => unknown) =>
    (req: Request, res: Response, next: NextFunction) => {
      const repo = req.params.repo.toLowerCase();
      faults.enact(['github', repo], req.path, res, next, () =>
        res.json(handler(req)),
      );
    };
  /** A page of a list, unless a fault says otherwise. */
  const answerPage =
    (handler: (req: Request) => readonly unknown[]) =>
    (req: Request, res: Response, next: NextFunction) => {
      const repo = req.params.repo.toLowerCase();
      faults.enact(['github', repo], req.path, res, next, () =>
        sendPage(req, res, origin(req), handler(req)),
      );
    };

  app.get(
    '/repos/:owner/:repo',
    answer(req => repositoryJson(repositoryOf(req), origin(req))),
  );
  app.get(
    '/repos/:owner/:repo/branches/:branch/protection',
    answer(req => {
      const repository = repositoryOf(req);
      if (req.params.branch !== repository.defaultBranch) {
        throw new ApiError(404, 'Branch not found');
      }
      refuseWithoutPlan(repository);
      if (!repository.protection) {
        throw new ApiError(404, 'Branch not protected');
      }
      return branchProtectionJson(
        repository,
        repository.protection,
        origin(req),
      );
    }),
  );

  app.get(
    '/repos/:owner/:repo/rules/branches/:branch',
    answerPage(req => {
      const repository = repositoryOf(req);
      refuseWithoutPlan(repository);
      // Every ruleset targets ~DEFAULT_BRANCH; the branch need not exist.
      if (req.params.branch !== repository.defaultBranch) {
        return [];
      }
      return rulesetsOf(dataset, repository)
        .filter(ruleset => ruleset.enforcement === 'active')
        .flatMap(ruleset =>
          ruleset.rules.map(rule => branchRuleJson(ruleset, rule)),
        );
    }),
  );
  app.get(
    '/repos/:owner/:repo/rulesets/:rulesetId',
    answer(req => {
      const repository = repositoryOf(req);
      refuseWithoutPlan(repository);
      // GitHub's default: the organisation's rulesets too.
      const parents = singleQueryValue(req, 'includes_parents') !== 'false';
      const ruleset = rulesetsOf(dataset, repository).find(
        candidate =>
          `${candidate.id}` === req.params.rulesetId &&
          (parents || candidate.sourceType === 'Repository'),
      );
      if (!ruleset) {
        throw new ApiError(404, 'Not Found');
      }
      return rulesetJson(repository, ruleset, origin(req));
    }),
  );

  app.all(/.*/, req => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      // Changing protection is done in GitHub, not here: read-only.
      throw new ApiError(405, 'the devstack GitHub simulator is read-only');
    }
    throw new ApiError(404, 'Not Found');
  });
  app.use(
    (error: unknown, _req: Request, res: Response, next: NextFunction) => {
      // A 429 fault reads as GitHub's secondary rate limit, so that clients
      // can be seen reporting it.
      if (error instanceof ApiError && error.status === 429) {
        res.set({ 'retry-after': '60', 'x-ratelimit-remaining': '0' });
      }
      next(error);
    },
  );
  app.use(apiErrorHandler(errorBody));
  return app;
}
