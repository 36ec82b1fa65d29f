import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';

/** Where the test configures the Roadie plugin's one Argo CD instance. */
export const ARGOCD_URL = 'https://argocd.test';
export const ARGOCD_INSTANCE = 'argocd-test';
export const ARGOCD_TOKEN = 'write-guard-test-token';

/** The one application the fake Argo CD knows. */
export const KNOWN_APP = 'svc-ledger-prod';

/** One request the fake Argo CD received. */
export interface ArgoCdCall {
  method: string;
  path: string;
}

const application = {
  metadata: { name: KNOWN_APP, namespace: 'argocd' },
  spec: { project: 'team-loyalty' },
  status: { sync: { status: 'Synced' }, health: { status: 'Healthy' } },
};

function answer(method: string, path: string): Response {
  const apps = '/api/v1/applications';
  if (method === 'GET' && path === apps) {
    return HttpResponse.json({ items: [application] });
  }
  if (path === `${apps}/${KNOWN_APP}`) {
    // After a DELETE, Argo CD keeps the application until its resources go.
    if (method === 'GET' || method === 'DELETE') {
      return HttpResponse.json(application);
    }
  }
  if (method === 'POST' && path === `${apps}/${KNOWN_APP}/sync`) {
    return HttpResponse.json(application);
  }
  if (method === 'DELETE' && path === `${apps}/${KNOWN_APP}/operation`) {
    return HttpResponse.json({});
  }
  return HttpResponse.json(
    { error: 'not found', code: 5, message: 'not found' },
    { status: 404 },
  );
}

/** The test backend itself and the permission backend it calls. */
const isLocal = (url: URL) =>
  url.hostname === 'localhost' || url.hostname === '127.0.0.1';

/**
 * A fake Argo CD API for one test file, recording every request the Roadie
 * plugin sends it, so a test can prove a refused write reached nothing.
 * Requests to any other remote host fail the test.
 */
export function setupArgoCdApiMock() {
  const calls: ArgoCdCall[] = [];
  const server = setupServer(
    http.all(`${ARGOCD_URL}/*`, ({ request }) => {
      const { pathname } = new URL(request.url);
      calls.push({ method: request.method, path: pathname });
      return answer(request.method, pathname);
    }),
  );
  beforeAll(() =>
    server.listen({
      onUnhandledRequest(request, print) {
        if (!isLocal(new URL(request.url))) print.error();
      },
    }),
  );
  afterEach(() => {
    calls.length = 0;
  });
  afterAll(() => server.close());
  return { calls };
}
