import { mockServices } from '@backstage/backend-test-utils';
import { createOctokit } from '@localplus/portal-node';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { setupServer } from 'msw/node';

export const GITHUB_API = 'https://api.github.com';
export const ENTERPRISE_API = 'https://ghe.localplus.example/api/v3';
/** Shaped like a GitHub token, so a leak would be recognisable. */
export const TOKEN = 'ghp_complianceTestToken0123456789abcdefAB';

/** A protected branch as GitHub returns it, every rule of the check kept. */
export function strictProtection(reviews = 2): Record<string, unknown> {
  return {
    url: 'https://api.github.com/repos/x/y/branches/main/protection',
    required_pull_request_reviews: {
      dismiss_stale_reviews: true,
      require_code_owner_reviews: false,
      require_last_push_approval: false,
      required_approving_review_count: reviews,
    },
    enforce_admins: { enabled: true },
    required_linear_history: { enabled: true },
    allow_force_pushes: { enabled: false },
    allow_deletions: { enabled: false },
  };
}

/** Where a ruleset comes from: the repository's own, or its organisation's. */
export interface RulesetOrigin {
  sourceType: 'Repository' | 'Organization';
  source: string;
}

/**
 * The rules a ruleset enforcing every rule of the check adds to
 * `GET .../rules/branches/{branch}` (GitHub's `repository-rule-detailed`).
 */
export function strictRulesetRules(
  id: number,
  origin: RulesetOrigin,
  reviews = 2,
): Record<string, unknown>[] {
  const info = {
    ruleset_source_type: origin.sourceType,
    ruleset_source: origin.source,
    ruleset_id: id,
  };
  return [
    { type: 'deletion', ...info },
    { type: 'non_fast_forward', ...info },
    { type: 'required_linear_history', ...info },
    {
      type: 'pull_request',
      parameters: {
        allowed_merge_methods: ['squash'],
        dismiss_stale_reviews_on_push: true,
        require_code_owner_review: false,
        require_last_push_approval: false,
        required_approving_review_count: reviews,
        required_review_thread_resolution: true,
      },
      ...info,
    },
  ];
}

/** `GET .../rulesets/{id}` as GitHub answers it (`repository-ruleset`). */
export function rulesetBody(
  id: number,
  name: string,
  origin: RulesetOrigin,
  bypassActors?: Array<Record<string, unknown>>,
): Record<string, unknown> {
  return {
    id,
    name,
    target: 'branch',
    source_type: origin.sourceType,
    source: origin.source,
    enforcement: 'active',
    ...(bypassActors && { bypass_actors: bypassActors }),
    node_id: `RRS_${id}`,
    conditions: { ref_name: { include: ['~DEFAULT_BRANCH'], exclude: [] } },
    rules: [],
    created_at: '2026-01-05T10:00:00Z',
    updated_at: '2026-01-05T10:00:00Z',
  };
}

/** The repository admin role in a bypass list, as GitHub's ruleset editor writes it. */
export const REPOSITORY_ADMIN_BYPASS = {
  actor_id: 5,
  actor_type: 'RepositoryRole',
  bypass_mode: 'always',
};

/** A GitHub error answer: `{ message, documentation_url, status }`. */
export function githubError(
  status: number,
  message: string,
  headers: Record<string, string> = {},
) {
  return HttpResponse.json(
    {
      message,
      documentation_url: 'https://docs.github.com/rest',
      status: `${status}`,
    },
    { status, headers },
  );
}

/** What a fake repository answers; a function answers a request itself. */
export interface FakeRepository {
  defaultBranch?: string;
  /** A protection body, `'unprotected'`, or a whole response. */
  protection?:
    | Record<string, unknown>
    | 'unprotected'
    | (() => Response | Promise<Response>);
  /** Answers `GET /repos/{owner}/{repo}` instead of the repository. */
  repository?: () => Response | Promise<Response>;
  /** The rules of the default branch (default none), or a whole response. */
  rules?: Record<string, unknown>[] | (() => Response | Promise<Response>);
  /** `GET .../rulesets/{id}` by id: a body or a whole response; others are 404. */
  rulesets?: Record<
    number,
    Record<string, unknown> | (() => Response | Promise<Response>)
  >;
}

/** One page of `items` as GitHub pages lists: `per_page`, `page`, a `Link` header. */
function paged(request: Request, items: unknown[]) {
  const url = new URL(request.url);
  const perPage = Number(url.searchParams.get('per_page') ?? 30);
  const page = Number(url.searchParams.get('page') ?? 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const headers: Record<string, string> = {};
  if (page < last) {
    url.searchParams.set('page', `${page + 1}`);
    headers.link = `<${url}>; rel="next"`;
  }
  return HttpResponse.json(
    items.slice((page - 1) * perPage, page * perPage) as JsonBodyType,
    { headers },
  );
}

export interface RecordedCall {
  path: string;
  /** The query string, `?` included, or empty. */
  query: string;
  authorization: string | null;
}

/**
 * A fake GitHub REST API for one test file: the repositories given to
 * `serve`, under `base`. Every call is recorded; a request nobody answers
 * fails the test unless it goes to the test backend itself.
 */
export function setupGithubApiMock() {
  const server = setupServer();
  const calls: RecordedCall[] = [];

  beforeAll(() =>
    server.listen({
      onUnhandledRequest: (request, print) => {
        const { hostname } = new URL(request.url);
        if (hostname !== 'localhost' && hostname !== '127.0.0.1') {
          print.error();
        }
      },
    }),
  );
  afterEach(() => {
    server.resetHandlers();
    calls.length = 0;
  });
  afterAll(() => server.close());

  const record = (request: Request, base: string) => {
    const url = new URL(request.url);
    calls.push({
      path: url.pathname.slice(
        new URL(base).pathname.replace(/\/$/, '').length,
      ),
      query: url.search,
      authorization: request.headers.get('authorization'),
    });
  };

  return {
    calls,
    /** `path` of each call, in the order GitHub received them. */
    paths: () => calls.map(call => call.path),
    /** Serves these repositories (`owner/name`, matched case-insensitively); others are 404. */
    serve(repositories: Record<string, FakeRepository>, base = GITHUB_API) {
      const find = (owner: unknown, repo: unknown) =>
        Object.entries(repositories).find(
          ([slug]) => slug.toLowerCase() === `${owner}/${repo}`.toLowerCase(),
        );
      server.use(
        http.get(`${base}/repos/:owner/:repo`, ({ request, params }) => {
          record(request, base);
          const found = find(params.owner, params.repo);
          if (!found) return githubError(404, 'Not Found');
          const [slug, fake] = found;
          if (fake.repository) return fake.repository();
          return HttpResponse.json({
            full_name: slug,
            default_branch: fake.defaultBranch ?? 'main',
          } as JsonBodyType);
        }),
        http.get(
          `${base}/repos/:owner/:repo/branches/:branch/protection`,
          ({ request, params }) => {
            record(request, base);
            const found = find(params.owner, params.repo);
            if (!found) return githubError(404, 'Not Found');
            const [, fake] = found;
            if (params.branch !== (fake.defaultBranch ?? 'main')) {
              return githubError(404, 'Branch not found');
            }
            if (typeof fake.protection === 'function') return fake.protection();
            if (!fake.protection || fake.protection === 'unprotected') {
              return githubError(404, 'Branch not protected');
            }
            return HttpResponse.json(fake.protection as JsonBodyType);
          },
        ),
        http.get(
          `${base}/repos/:owner/:repo/rules/branches/:branch`,
          ({ request, params }) => {
            record(request, base);
            const found = find(params.owner, params.repo);
            if (!found) return githubError(404, 'Not Found');
            const [, fake] = found;
            if (typeof fake.rules === 'function') return fake.rules();
            // Rules apply to a branch by name, whether it exists or not.
            const rules =
              params.branch === (fake.defaultBranch ?? 'main')
                ? fake.rules ?? []
                : [];
            return paged(request, rules);
          },
        ),
        http.get(
          `${base}/repos/:owner/:repo/rulesets/:id`,
          ({ request, params }) => {
            record(request, base);
            const found = find(params.owner, params.repo);
            const ruleset = found?.[1].rulesets?.[Number(params.id)];
            if (!ruleset) return githubError(404, 'Not Found');
            if (typeof ruleset === 'function') return ruleset();
            return HttpResponse.json(ruleset as JsonBodyType);
          },
        ),
      );
    },
  };
}

/** The collector's Octokit on `base`, with the test token. */
export function testOctokit(base = GITHUB_API, timeoutMs = 20_000) {
  return createOctokit({
    baseUrl: base,
    token: TOKEN,
    userAgent: 'compliance-github-collector-test',
    logger: mockServices.logger.mock(),
    timeoutMs,
  });
}
