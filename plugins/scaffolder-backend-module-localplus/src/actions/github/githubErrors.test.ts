import { isReferenceAlreadyExists, toGithubError } from './githubErrors';

const operation = {
  action: 'do something on localplus/svc-x',
  requiredPermission: 'Administration write',
  notFound: 'repository localplus/svc-x does not exist',
};

/** The shape of an Octokit RequestError, as @octokit/request builds it. */
function httpError(
  status: number,
  data: unknown,
  headers: Record<string, string> = {},
) {
  const error = new Error('from octokit') as Error & Record<string, unknown>;
  error.name = 'HttpError';
  error.status = status;
  error.response = { status, headers, data, url: 'https://api.github.com/x' };
  error.request = { headers: { authorization: 'token [REDACTED]' } };
  return error;
}

describe('toGithubError', () => {
  it('reports a secondary rate limit from retry-after', () => {
    const now = Date.parse('2024-05-01T10:00:00Z');
    jest.spyOn(Date, 'now').mockReturnValue(now);
    const error = toGithubError(
      httpError(
        403,
        { message: 'You have exceeded a secondary rate limit.' },
        { 'retry-after': '60' },
      ),
      operation,
    );
    jest.restoreAllMocks();

    expect(error.message).toBe(
      'Could not do something on localplus/svc-x: GitHub API rate limit exceeded; resets at 2024-05-01T10:01:00.000Z',
    );
  });

  it('keeps a 403 without rate-limit headers a permission problem', () => {
    const error = toGithubError(
      httpError(
        403,
        { message: 'Must have admin rights to Repository.' },
        {
          'x-ratelimit-remaining': '4999',
        },
      ),
      operation,
    );

    expect(error.name).toBe('NotAllowedError');
    expect(error.message).toBe(
      'Could not do something on localplus/svc-x: the token is missing a permission; it needs Administration write (GitHub said: Must have admin rights to Repository.)',
    );
  });

  it('falls back to the message of a 422 without an errors list', () => {
    const error = toGithubError(
      httpError(422, { message: 'Reference already exists' }),
      operation,
    );

    expect(error.name).toBe('InputError');
    expect(error.message).toBe(
      'Could not do something on localplus/svc-x: GitHub validation failed: Reference already exists',
    );
  });

  it('describes validation objects that carry no message', () => {
    const error = toGithubError(
      httpError(422, {
        message: 'Validation Failed',
        errors: [{ resource: 'PullRequest', field: 'base', code: 'invalid' }],
      }),
      operation,
    );

    expect(error.message).toMatch(
      /GitHub validation failed: PullRequest base invalid$/,
    );
  });

  it('passes other statuses and non-HTTP errors through with the operation', () => {
    expect(
      toGithubError(
        httpError(409, { message: 'Git Repository is empty.' }),
        operation,
      ).message,
    ).toBe(
      'Could not do something on localplus/svc-x: Git Repository is empty.',
    );
    expect(
      toGithubError(httpError(503, 'upstream down'), operation).message,
    ).toBe(
      'Could not do something on localplus/svc-x: GitHub answered 503: from octokit',
    );
    expect(toGithubError(new TypeError('boom'), operation).message).toBe(
      'Could not do something on localplus/svc-x: boom',
    );
  });

  it('recognises only the "Reference already exists" 422', () => {
    expect(
      isReferenceAlreadyExists(
        httpError(422, { message: 'Reference already exists' }),
      ),
    ).toBe(true);
    expect(
      isReferenceAlreadyExists(
        httpError(422, { message: 'Object does not exist' }),
      ),
    ).toBe(false);
    expect(
      isReferenceAlreadyExists(new Error('Reference already exists')),
    ).toBe(false);
  });
});
