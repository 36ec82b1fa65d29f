import { mockServices } from '@backstage/backend-test-utils';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import {
  ENTERPRISE_API,
  ENTERPRISE_TOKEN,
  GITHUB_TOKEN,
  githubConfig,
  githubError,
  json,
  rateLimited,
  type RecordedCall,
  setupGithubApiMock,
} from '../../__testUtils__/githubApiMock';
import type { DecisionWriteRequest } from './DecisionWriter';
import { GithubDecisionWriter } from './GithubDecisionWriter';

const github = setupGithubApiMock();
const REPO = '/repos/localplus/docs';
const CONTENT = '---\nstatus: proposed\n---\n\n# Use Kafka\n';
const PR_URL = 'https://github.com/localplus/docs/pull/42';

const request: DecisionWriteRequest = {
  folder: {
    type: 'url',
    entityRef: 'component:default/docs',
    url: 'https://github.com/localplus/docs/tree/main/adr',
  },
  fileName: '0021-use-kafka.md',
  number: 21,
  title: 'Use Kafka',
  content: CONTENT,
  author: 'user:default/jane',
};

const urlFolder = (url: string): DecisionWriteRequest['folder'] => ({
  type: 'url',
  entityRef: 'component:default/docs',
  url,
});

const writer = (config = githubConfig()) =>
  new GithubDecisionWriter({ config, logger: mockServices.logger.mock() });

const base64 = (text: string) => Buffer.from(text).toString('base64');

type Answers = {
  baseRef?: () => Response;
  onBase?: () => Response;
  createRef?: () => Response;
  onBranch?: () => Response;
  putFile?: () => Response;
  listPulls?: () => Response;
  createPull?: () => Response;
};

/** GitHub answering each call of a first, successful proposal unless told otherwise. */
function answer(answers: Answers = {}, api?: string) {
  const notFound = () => githubError(404, 'Not Found');
  github.handle(
    'get',
    `${REPO}/git/ref/:ref`,
    answers.baseRef ??
      (() => json({ ref: 'refs/heads/main', object: { sha: 'base-sha' } })),
    api,
  );
  github.handle(
    'get',
    `${REPO}/contents/*`,
    (_call, url) =>
      (url.searchParams.get('ref') === 'main'
        ? answers.onBase ?? notFound
        : answers.onBranch ?? notFound)(),
    api,
  );
  github.handle(
    'post',
    `${REPO}/git/refs`,
    answers.createRef ??
      (() => json({ ref: 'refs/heads/adr/0021-use-kafka' }, 201)),
    api,
  );
  github.handle(
    'put',
    `${REPO}/contents/*`,
    answers.putFile ?? (() => json({ content: { sha: 'new' } }, 201)),
    api,
  );
  github.handle(
    'get',
    `${REPO}/pulls`,
    answers.listPulls ?? (() => json([])),
    api,
  );
  github.handle(
    'post',
    `${REPO}/pulls`,
    answers.createPull ?? (() => json({ html_url: PR_URL, number: 42 }, 201)),
    api,
  );
}

const writes = () =>
  github.calls.filter((call: RecordedCall) => call.method !== 'GET');

const branchExists = () => githubError(422, 'Reference already exists');

describe('GithubDecisionWriter', () => {
  it('opens a pull request from a new branch that adds the file to the folder', async () => {
    answer();

    const result = await writer().write(request);

    expect(result).toEqual({
      location:
        'https://github.com/localplus/docs/blob/adr/0021-use-kafka/adr/0021-use-kafka.md',
      pullRequestUrl: PR_URL,
    });
    expect(github.requests()).toEqual([
      `GET ${REPO}/git/ref/heads%2Fmain`,
      `GET ${REPO}/contents/adr%2F0021-use-kafka.md?ref=main`,
      `POST ${REPO}/git/refs`,
      `PUT ${REPO}/contents/adr%2F0021-use-kafka.md`,
      `GET ${REPO}/pulls?state=open&head=localplus%3Aadr%2F0021-use-kafka&base=main&per_page=1`,
      `POST ${REPO}/pulls`,
    ]);
    expect(writes().map(call => call.body)).toEqual([
      { ref: 'refs/heads/adr/0021-use-kafka', sha: 'base-sha' },
      {
        branch: 'adr/0021-use-kafka',
        message:
          'ADR 21: Use Kafka\n\nProposed by user:default/jane through the LOCAL-PLUS developer portal.',
        content: base64(CONTENT),
      },
      {
        head: 'adr/0021-use-kafka',
        base: 'main',
        title: 'ADR 21: Use Kafka',
        body: expect.stringContaining('`user:default/jane`'),
      },
    ]);
    expect(
      github.calls.every(c => c.authorization === `token ${GITHUB_TOKEN}`),
    ).toBe(true);
  });

  it('reuses the branch, file and pull request of an earlier attempt', async () => {
    answer({
      createRef: branchExists,
      onBranch: () =>
        json({
          type: 'file',
          sha: 'blob-sha',
          content: base64(CONTENT),
          encoding: 'base64',
        }),
      listPulls: () => json([{ html_url: PR_URL, number: 42 }]),
    });

    const result = await writer().write(request);

    expect(result.pullRequestUrl).toBe(PR_URL);
    expect(writes().map(call => `${call.method} ${call.path}`)).toEqual([
      `POST ${REPO}/git/refs`,
    ]);
  });

  it('updates the file an earlier attempt left with other text, then opens the pull request', async () => {
    answer({
      createRef: branchExists,
      onBranch: () =>
        json({
          type: 'file',
          sha: 'blob-sha',
          content: base64('older text'),
          encoding: 'base64',
        }),
    });

    await writer().write(request);

    expect(writes().map(call => call.method)).toEqual(['POST', 'PUT', 'POST']);
    expect(writes()[1].body).toMatchObject({
      sha: 'blob-sha',
      content: base64(CONTENT),
    });
  });

  it('refuses a file name the branch already has, writing nothing', async () => {
    answer({
      onBase: () => json({ type: 'file', sha: 'x', content: base64('taken') }),
    });
    await expect(writer().write(request)).rejects.toThrow(ConflictError);
    expect(writes()).toEqual([]);
  });

  it('reports a missing repository as not found, writing nothing', async () => {
    answer({ baseRef: () => githubError(404, 'Not Found') });
    const failure = writer().write(request);
    await expect(failure).rejects.toThrow(NotFoundError);
    await expect(failure).rejects.toThrow(
      'Could not read branch main of localplus/docs: GitHub answered 404',
    );
    expect(writes()).toEqual([]);
  });

  it('names the permission GitHub refused', async () => {
    answer({
      createRef: () =>
        githubError(403, 'Resource not accessible by integration'),
    });
    const failure = writer().write(request);
    await expect(failure).rejects.toThrow(NotAllowedError);
    await expect(failure).rejects.toThrow(
      "Could not create branch adr/0021-use-kafka in localplus/docs: the portal's GitHub credentials need Contents: write (classic tokens: repo) (GitHub said: Resource not accessible by integration)",
    );

    answer({
      createPull: () =>
        githubError(403, 'Resource not accessible by integration'),
    });
    await expect(writer().write(request)).rejects.toThrow(
      /need Pull requests: write/,
    );
  });

  it.each([
    ['the rate limit', rateLimited],
    ['bad credentials', () => githubError(401, 'Bad credentials')],
    ['a server error', () => githubError(502, 'Bad gateway')],
  ])('reports %s as the service being unavailable', async (_, respond) => {
    answer({ putFile: respond });
    await expect(writer().write(request)).rejects.toThrow(
      ServiceUnavailableError,
    );
  });

  it('refuses folders on disk, hostile folder URLs and hosts without a token before calling GitHub', async () => {
    const refusals: Array<
      [DecisionWriteRequest, string, ReturnType<typeof githubConfig>?]
    > = [
      [
        {
          ...request,
          folder: {
            type: 'file',
            entityRef: 'component:default/docs',
            path: '/srv/docs/adr',
            reference: './adr',
          },
        },
        'is a path on this machine (./adr)',
      ],
      [
        {
          ...request,
          folder: urlFolder(
            'https://github.com/localplus/docs/tree/main/../../x',
          ),
        },
        'is not a GitHub folder',
      ],
      [
        {
          ...request,
          folder: urlFolder('https://gitlab.com/localplus/docs/tree/main/adr'),
        },
        'gitlab.com is not a GitHub host configured',
      ],
      [{ ...request, fileName: '../0021-x.md' }, 'is not a decision file name'],
      [request, 'No GitHub credentials for github.com', githubConfig([])],
    ];
    for (const [hostile, message, config] of refusals) {
      const failure = writer(config).write(hostile);
      await expect(failure).rejects.toThrow(InputError);
      await expect(failure).rejects.toThrow(message);
    }
    expect(github.calls).toEqual([]);
  });

  it('proposes on GitHub Enterprise through its API, linking to its host', async () => {
    answer({}, ENTERPRISE_API);
    const result = await writer().write({
      ...request,
      folder: {
        type: 'url',
        entityRef: 'component:default/docs',
        url: 'https://ghe.localplus.example/localplus/docs/tree/main/adr',
      },
    });
    expect(result.location).toBe(
      'https://ghe.localplus.example/localplus/docs/blob/adr/0021-use-kafka/adr/0021-use-kafka.md',
    );
    expect(
      github.calls.every(c => c.authorization === `token ${ENTERPRISE_TOKEN}`),
    ).toBe(true);
    expect(github.calls).toHaveLength(6);
  });
});
