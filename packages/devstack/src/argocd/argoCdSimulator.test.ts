import request from 'supertest';
import { SimulatorHandle } from '../startSimulator';
import { startArgoCdSimulator } from './startArgoCdSimulator';

const TOKEN = 'test-argocd-token';
const NOW = new Date('2026-01-15T12:00:00Z');
const LEDGER_SELECTOR = 'app.kubernetes.io/name=svc-ledger';

let simulator: SimulatorHandle;

beforeAll(async () => {
  simulator = await startArgoCdSimulator({
    port: 0,
    token: TOKEN,
    username: 'admin',
    password: 'secret-password',
    now: NOW,
    adminEndpoints: true,
  });
});

afterAll(async () => {
  await simulator.close();
});

afterEach(() => simulator.clearFaults());

const api = () => request(simulator.url);
const auth = { Authorization: `Bearer ${TOKEN}` };

describe('Argo CD simulator', () => {
  it('lists the three environments of svc-ledger by label selector', async () => {
    const res = await api()
      .get('/api/v1/applications')
      .query({ selector: LEDGER_SELECTOR })
      .set(auth);
    expect(res.status).toBe(200);
    const items = res.body.items;
    expect(items.map((a: any) => a.metadata.name)).toEqual([
      'svc-ledger-dev',
      'svc-ledger-prod',
      'svc-ledger-staging',
    ]);
    for (const app of items) {
      expect(app.metadata.namespace).toBe('argocd');
      expect(app.metadata.labels['app.kubernetes.io/name']).toBe('svc-ledger');
      expect(app.spec.project).toBe('team-loyalty');
      expect(app.spec.source).toEqual({
        repoURL: 'https://github.com/localplus/svc-ledger.git',
        path: `k8s/overlays/${app.metadata.labels['localplus.io/environment']}`,
        targetRevision: 'main',
      });
      expect(app.spec.destination.namespace).toBe('svc-ledger');
      expect(app.status.sync).toMatchObject({
        status: 'Synced',
        revision: expect.stringMatching(/^[0-9a-f]{40}$/),
      });
      expect(app.status.health.status).toBe('Healthy');
      expect(app.status.operationState).toMatchObject({
        phase: 'Succeeded',
        startedAt: expect.any(String),
        finishedAt: expect.any(String),
        syncResult: { revision: app.status.sync.revision },
      });
      expect(app.status.summary.images[0]).toContain('/localplus/svc-ledger:');
      expect(new Date(app.status.reconciledAt).getTime()).toBeLessThan(
        NOW.getTime(),
      );
    }
    // Dev syncs by itself; staging and prod wait for a person (seed 000 §3.3).
    expect(items[0].spec.syncPolicy.automated).toBeDefined();
    expect(items[1].spec.syncPolicy.automated).toBeUndefined();
  });

  it('keeps a history of deployments with revisions and dates', async () => {
    const res = await api()
      .get('/api/v1/applications/svc-ledger-prod')
      .set(auth);
    expect(res.status).toBe(200);
    const history = res.body.status.history;
    expect(history.length).toBeGreaterThanOrEqual(3);
    const ids = history.map((entry: { id: number }) => entry.id);
    expect(ids).toEqual(ids.map((_: number, i: number) => ids[0] + i));
    for (const entry of history) {
      expect(entry.revision).toMatch(/^[0-9a-f]{40}$/);
      expect(entry.source.path).toBe('k8s/overlays/prod');
      expect(new Date(entry.deployedAt).getTime()).toBeGreaterThan(
        new Date(entry.deployStartedAt).getTime(),
      );
      expect(new Date(entry.deployedAt).getTime()).toBeLessThan(NOW.getTime());
    }
    const last = history[history.length - 1];
    const metadata = await api()
      .get(
        `/api/v1/applications/svc-ledger-prod/revisions/${last.revision}/metadata`,
      )
      .set(auth);
    expect(metadata.status).toBe(200);
    expect(metadata.body).toMatchObject({
      author: expect.stringMatching(/^.+ <.+@localplus\.example>$/),
      message: expect.any(String),
    });
    expect(new Date(metadata.body.date).getTime()).toBeLessThan(
      new Date(last.deployedAt).getTime(),
    );
  });

  it('reports the special cases: Degraded, Progressing, OutOfSync', async () => {
    const res = await api().get('/api/v1/applications').set(auth);
    const byName = new Map<string, any>(
      res.body.items.map((a: any) => [a.metadata.name, a]),
    );
    expect(byName.size).toBe(30);
    expect(byName.get('svc-wallet-staging').status.health.status).toBe(
      'Degraded',
    );
    expect(byName.get('svc-notification-dev').status.health.status).toBe(
      'Progressing',
    );
    expect(byName.get('svc-giftcard-prod').status.sync.status).toBe(
      'OutOfSync',
    );
    const degraded = [...byName.values()].filter(
      a => a.status.health.status === 'Degraded',
    );
    expect(degraded.map(a => a.metadata.name)).toEqual(['svc-wallet-staging']);
  });

  it('accepts the token as the argocd.token cookie of the Roadie proxy setup', async () => {
    const res = await api()
      .get('/api/v1/applications')
      .query({ selector: LEDGER_SELECTOR })
      .set('Cookie', `argocd.token=${TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(3);
  });

  it('rejects requests without a valid token with 401', async () => {
    const none = await api().get('/api/v1/applications');
    expect(none.status).toBe(401);
    expect(none.body).toMatchObject({
      code: 16,
      error: 'no session information',
    });
    const wrong = await api()
      .get('/api/v1/applications/svc-ledger-dev')
      .set('Authorization', 'Bearer nope');
    expect(wrong.status).toBe(401);
    expect((await api().get('/api/v1/session/userinfo')).body).toEqual({
      loggedIn: false,
    });
  });

  it('logs in with username and password and accepts the session token', async () => {
    const login = await api()
      .post('/api/v1/session')
      .send({ username: 'admin', password: 'secret-password' });
    expect(login.status).toBe(200);
    expect(typeof login.body.token).toBe('string');
    const session = { Authorization: `Bearer ${login.body.token}` };
    expect(
      (await api().get('/api/v1/applications/svc-wallet-dev').set(session))
        .status,
    ).toBe(200);
    expect(
      (await api().get('/api/v1/session/userinfo').set(session)).body,
    ).toMatchObject({
      loggedIn: true,
      username: 'admin',
    });
    await api().delete('/api/v1/session').set(session).expect(200);
    expect(
      (await api().get('/api/v1/applications/svc-wallet-dev').set(session))
        .status,
    ).toBe(401);

    const wrong = await api()
      .post('/api/v1/session')
      .send({ username: 'admin', password: 'guess' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.token).toBeUndefined();
  });

  it('answers 404 for an unknown application or revision', async () => {
    const app = await api()
      .get('/api/v1/applications/svc-unknown-prod')
      .set(auth);
    expect(app.status).toBe(404);
    expect(app.body).toMatchObject({
      code: 5,
      message: 'applications.argoproj.io "svc-unknown-prod" not found',
    });
    const revision = await api()
      .get(
        `/api/v1/applications/svc-ledger-dev/revisions/${'0'.repeat(
          40,
        )}/metadata`,
      )
      .set(auth);
    expect(revision.status).toBe(404);
    const byName = await api()
      .get('/api/v1/applications')
      .query({ name: 'svc-unknown-prod' })
      .set(auth);
    expect(byName.body.items).toEqual([]);
    expect(
      (
        await api()
          .get('/api/v1/applications/svc-ledger-dev/resource-tree')
          .set(auth)
      ).status,
    ).toBe(404);
  });

  it('answers hostile input with a clear 4xx and keeps serving', async () => {
    const rejected = [
      '/api/v1/applications/..%2F..%2Fetc',
      '/api/v1/applications?name=../../etc',
      `/api/v1/applications?selector=${'a'.repeat(5000)}`,
      `/api/v1/applications?selector=${encodeURIComponent(
        `app in (${'x,'.repeat(3000)}y)`,
      )}`,
      '/api/v1/applications?selector=app%20in%20(',
      '/api/v1/applications?selector=a&selector=b',
      '/api/v1/applications/svc-ledger-dev/revisions/%3Brm%20-rf/metadata',
      '/api/v1/applications/%E0%A4%A',
      '/api/v1/applications?projects=Bad_Project',
    ];
    for (const path of rejected) {
      const res = await api().get(path).set(auth);
      expect({ path: path.slice(0, 60), status: res.status }).toEqual({
        path: path.slice(0, 60),
        status: 400,
      });
      expect(res.body).toMatchObject({
        code: 3,
        error: expect.any(String),
      });
    }
    // A 10 kB query of harmless padding is simply served.
    const padded = await api()
      .get(`/api/v1/applications?selector=a&padding=${'x'.repeat(10_000)}`)
      .set(auth);
    expect(padded.status).toBe(200);
    const badJson = await api()
      .post('/api/v1/session')
      .set('Content-Type', 'application/json')
      .send('{"username":');
    expect(badJson.status).toBe(400);
    const huge = await api()
      .post('/api/v1/session')
      .send({ username: 'admin', password: 'p'.repeat(10_000) });
    expect(huge.status).toBe(413);
    const missing = await api()
      .post('/api/v1/session')
      .send({ username: 'admin' });
    expect(missing.status).toBe(400);
    const sync = await api()
      .post('/api/v1/applications/svc-ledger-dev/sync')
      .set(auth)
      .send({});
    expect(sync.status).toBe(405);
    expect(
      (await api().delete('/api/v1/applications/svc-ledger-dev').set(auth))
        .status,
    ).toBe(405);

    expect((await api().get('/api/version')).body.Version).toMatch(/^v3\./);
  });

  it('fails or delays on injected faults, programmatically and over HTTP', async () => {
    simulator.setFault({ target: 'svc-ledger-prod' });
    expect(
      (await api().get('/api/v1/applications/svc-ledger-prod').set(auth))
        .status,
    ).toBe(500);
    expect(
      (
        await api()
          .get('/api/v1/applications')
          .query({ selector: LEDGER_SELECTOR })
          .set(auth)
      ).status,
    ).toBe(500);
    const wallet = await api()
      .get('/api/v1/applications')
      .query({ selector: 'app.kubernetes.io/name=svc-wallet' })
      .set(auth);
    expect(wallet.status).toBe(200);
    simulator.clearFaults();

    await api()
      .post('/__devstack/faults')
      .send({ target: '*', status: 503 })
      .expect(401);
    await api()
      .post('/__devstack/faults')
      .set(auth)
      .send({ target: 'nope' })
      .expect(400);
    await api()
      .post('/__devstack/faults')
      .set(auth)
      .send({ target: '*', status: 200 })
      .expect(400);
    await api()
      .post('/__devstack/faults')
      .set(auth)
      .send({ target: '*', surprise: true })
      .expect(400);
    const created = await api()
      .post('/__devstack/faults')
      .set(auth)
      .send({ target: '*', delayMs: 250, times: 1 })
      .expect(201);
    expect(
      (await api().get('/__devstack/faults').set(auth)).body.faults,
    ).toHaveLength(1);
    const started = Date.now();
    await api()
      .get('/api/v1/applications/svc-ledger-dev')
      .set(auth)
      .expect(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(240);
    await api()
      .delete(`/__devstack/faults/${created.body.id}`)
      .set(auth)
      .expect(404);
    expect(
      (await api().get('/__devstack/faults').set(auth)).body.faults,
    ).toEqual([]);
  });
});

describe('Argo CD simulator application pages', () => {
  it('answers the portal links to /applications/<name> with a labelled HTML page', async () => {
    const res = await api().get('/applications/svc-ledger-prod?view=tree');
    expect(res.status).toBe(200);
    expect(res.type).toBe('text/html');
    expect(res.text).toContain('LOCAL-PLUS dev stack — simulated Argo CD');
    expect(res.text).toContain('DEMO DATA');
    const app = simulator.dataset.applications.find(
      a => a.metadata.name === 'svc-ledger-prod',
    )!;
    for (const value of [
      '<h1>svc-ledger-prod</h1>',
      `<td>${app.spec.project}</td>`,
      '<td>Synced</td>',
      '<td>Healthy</td>',
      'cluster eks-prod, namespace svc-ledger',
      ...app.status.history.map(entry => entry.revision),
      ...app.status.history.map(entry => entry.deployedAt),
    ]) {
      expect(res.text).toContain(value);
    }
    expect(res.text).toMatch(/<td>\d+ s<\/td>/);
  });

  it('answers an unknown application with an HTML 404 naming it, escaped', async () => {
    const res = await api().get('/applications/svc-unknown-prod');
    expect(res.status).toBe(404);
    expect(res.type).toBe('text/html');
    expect(res.text).toContain('LOCAL-PLUS dev stack — simulated Argo CD');
    expect(res.text).toContain('<code>svc-unknown-prod</code>');
    const hostile = await api().get('/applications/%3Cscript%3Ex');
    expect(hostile.status).toBe(404);
    expect(hostile.text).not.toContain('<script>');
    expect(hostile.text).toContain('&#60;script&#62;x');
  });
});
