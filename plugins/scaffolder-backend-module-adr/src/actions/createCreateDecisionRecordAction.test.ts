import { mockCredentials } from '@backstage/backend-test-utils';
import { HttpResponse } from 'msw';
import {
  createCheckpointStore,
  createTestAction,
  createTestContext,
  failureOf,
  outputsOf,
} from '../__testUtils__/actionTestKit';
import {
  backstageError,
  setupAdrRecordsMock,
} from '../__testUtils__/adrRecordsApiMock';

const adr = setupAdrRecordsMock();

const input = {
  entityRef: 'component:default/docs',
  title: 'Valkey for the shared cache',
  context: 'Redis changed its licence.',
  options: ['Valkey', 'Redis 7.2'],
  decision: 'Chosen option **Valkey**, because it speaks the Redis protocol.',
  consequences: 'Good, because nothing changes for clients.',
  status: 'accepted',
  decisionMakers: ['Platform Team'],
  consulted: ['tech-leads'],
  informed: ['engineering'],
  tags: ['cache'],
  supersedes: ['component:default/docs/0012-valkey-task-queue'],
};

const pullRequestResult = {
  decisionId: 'component:default/docs/0021-valkey-for-the-shared-cache',
  number: 21,
  fileName: '0021-valkey-for-the-shared-cache.md',
  target: 'github',
  pullRequestUrl: 'https://github.com/localplus/docs/pull/42',
  location:
    'https://github.com/localplus/docs/blob/adr-0021/adr/0021-valkey-for-the-shared-cache.md',
};

const created = (body: object) => HttpResponse.json(body, { status: 201 });

describe('localplus:adr:create-record', () => {
  it('writes nothing in a dry run', () => {
    const action = createTestAction();
    expect(action.id).toBe('localplus:adr:create-record');
    expect(action.supportsDryRun).toBe(false);
  });

  it('asks the ADR backend for the record as the person who started the task', async () => {
    adr.answer(() => created(pullRequestResult));
    const ctx = createTestContext(input);
    await createTestAction().handler(ctx);

    expect(adr.posts).toHaveLength(1);
    expect(adr.posts[0].body).toEqual(input);
    expect(adr.posts[0].authorization).toBe(
      `Bearer ${mockCredentials.service.token({
        onBehalfOf: mockCredentials.user(),
        targetPluginId: 'adr',
      })}`,
    );
    expect(outputsOf(ctx)).toEqual({
      ...pullRequestResult,
      decisionUrl:
        '/adr/decisions/component/default/docs/0021-valkey-for-the-shared-cache',
    });
  });

  it('fills in the defaults the template may leave out', async () => {
    adr.answer(() => created(pullRequestResult));
    await createTestAction().handler(
      createTestContext({
        entityRef: 'system:default/viridial-platform',
        title: '  Linkerd for production  ',
        context: 'mTLS between services.',
        decision: 'Adopt Linkerd.',
      }),
    );
    expect(adr.posts[0].body).toEqual({
      entityRef: 'system:default/viridial-platform',
      title: 'Linkerd for production',
      context: 'mTLS between services.',
      options: [],
      decision: 'Adopt Linkerd.',
      status: 'proposed',
      decisionMakers: [],
      consulted: [],
      informed: [],
      tags: [],
      supersedes: [],
    });
  });

  it('gives no pull request when the record went to the local repository', async () => {
    adr.answer(() =>
      created({
        decisionId: 'system:default/viridial-platform/0017-linkerd',
        number: 17,
        fileName: '0017-linkerd.md',
        target: 'local',
        location: 'adr/viridial/0017-linkerd.md',
        pullRequestUrl: null,
      }),
    );
    const ctx = createTestContext(input);
    await createTestAction().handler(ctx);
    expect(outputsOf(ctx)).toEqual({
      decisionId: 'system:default/viridial-platform/0017-linkerd',
      number: 17,
      fileName: '0017-linkerd.md',
      target: 'local',
      location: 'adr/viridial/0017-linkerd.md',
      decisionUrl:
        '/adr/decisions/system/default/viridial-platform/0017-linkerd',
    });
  });

  it('opens one pull request however often the task is retried', async () => {
    adr.answer(() => created(pullRequestResult));
    const store = createCheckpointStore();
    const action = createTestAction();
    const first = createTestContext(input, store.checkpoint);
    const retry = createTestContext(input, store.checkpoint);
    await action.handler(first);
    await action.handler(retry);

    expect(adr.posts).toHaveLength(1);
    expect(outputsOf(retry)).toEqual(outputsOf(first));
    expect(store.keys()).toEqual([
      'adr.create-record.component:default/docs.Valkey for the shared cache',
    ]);
  });

  it('tries again on retry when the first attempt failed', async () => {
    adr.answer(call =>
      call === 0
        ? backstageError(503, 'ServiceUnavailableError', 'GitHub is down')
        : created(pullRequestResult),
    );
    const store = createCheckpointStore();
    const action = createTestAction();
    await failureOf(action.handler(createTestContext(input, store.checkpoint)));
    const retry = createTestContext(input, store.checkpoint);
    await action.handler(retry);
    expect(adr.posts).toHaveLength(2);
    expect(outputsOf(retry).pullRequestUrl).toBe(
      pullRequestResult.pullRequestUrl,
    );
  });

  it.each([
    [
      400,
      'InputError',
      'entityRef: component:default/x has no backstage.io/adr-location annotation',
    ],
    [401, 'AuthenticationError', 'Missing credentials'],
    [403, 'NotAllowedError', 'You may not propose decision records'],
    [404, 'NotFoundError', 'No entity component:default/gone'],
    [409, 'ConflictError', 'Another record took number 0021; try again'],
    [422, 'InputError', 'The folder is not a git repository'],
  ])(
    'fails with the ADR backend\u2019s message on %d',
    async (status, name, message) => {
      adr.answer(() => backstageError(status, 'SomeError', message));
      const error = await failureOf(
        createTestAction().handler(createTestContext(input)),
      );
      expect(error.name).toBe(name);
      expect(error.message).toBe(`The decision record was refused: ${message}`);
    },
  );

  it('fails on a server error, saying what failed', async () => {
    adr.answer(() =>
      backstageError(500, 'Error', 'Could not push to the local repository'),
    );
    const ctx = createTestContext(input);
    const error = await failureOf(createTestAction().handler(ctx));
    expect(error.message).toBe(
      'The ADR backend could not write the decision record (500 Internal Server Error): Could not push to the local repository',
    );
    expect(ctx.output).not.toHaveBeenCalled();
  });

  it('fails on an error page that is not JSON', async () => {
    adr.answer(() => new HttpResponse('<h1>Bad gateway</h1>', { status: 502 }));
    const error = await failureOf(
      createTestAction().handler(createTestContext(input)),
    );
    expect(error.message).toMatch(
      /^The ADR backend could not write the decision record \(502 Bad Gateway\): .*<h1>Bad gateway<\/h1>/,
    );
  });

  it('fails on a success answer that is not JSON', async () => {
    adr.answer(
      () =>
        new HttpResponse('{"decisionId": ', {
          status: 201,
          headers: { 'Content-Type': 'application/json' },
        }),
    );
    const error = await failureOf(
      createTestAction().handler(createTestContext(input)),
    );
    expect(error.message).toBe(
      'The ADR backend answered POST /records with something that is not JSON',
    );
  });

  it.each([
    [{ ...pullRequestResult, decisionId: undefined }],
    [{ ...pullRequestResult, number: '21' }],
    [{ ...pullRequestResult, target: 'gitlab' }],
    [{ ...pullRequestResult, pullRequestUrl: 42 }],
    [[pullRequestResult]],
  ])('fails on a success answer without the new decision: %j', async body => {
    adr.answer(() => created(body));
    const ctx = createTestContext(input);
    const error = await failureOf(createTestAction().handler(ctx));
    expect(error.message).toMatch(/without the new decision/);
    expect(ctx.output).not.toHaveBeenCalled();
  });

  it('fails on a decision id it cannot turn into a page', async () => {
    adr.answer(() =>
      created({ ...pullRequestResult, decisionId: '../../etc/passwd' }),
    );
    const error = await failureOf(
      createTestAction().handler(createTestContext(input)),
    );
    expect(error.message).toBe(
      'The ADR backend returned the invalid decision id "../../etc/passwd"',
    );
  });
});
