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

/** What a fake repository answers; a function answers protection itself. */
export interface FakeRepository {
  defaultBranch?: string;
  /** A protection body, `'unprotected'`, or a whole response. */
  protection?:
    | Record<string, unknown>
    | 'unprotected'
    | (() => Response | Promise<Response>);
  /** Answers `GET /repos/{owner}/{repo}` instead of the repository. */
  repository?: () => Response | Promise<Response>;
}

export interface RecordedCall {
  path: string;
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
      );
    },
  };
}
