/**
 * Signs in through Backstage's GitHub provider as the browser does, with
 * plain HTTP requests: `start` (nonce cookie, redirect to GitHub), GitHub's
 * authorization (the simulator approves at once), the `handler/frame`
 * callback (refresh cookie and the Backstage token in the page), then
 * `refresh` with the session cookie.
 */

const PROVIDER_PATH = '/api/auth/github';

/** A signed-in session: the refresh cookie and the Backstage token. */
export interface GithubSession {
  /** `github-refresh-token=...; github-granted-scope=...`, as the browser sends them. */
  refreshCookie: string;
  /** The Backstage user token the callback page handed to the app. */
  backstageToken: string;
}

function cookiesOf(response: Response): Map<string, string> {
  const jar = new Map<string, string>();
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(';');
    const separator = pair.indexOf('=');
    jar.set(pair.slice(0, separator).trim(), pair.slice(separator + 1).trim());
  }
  return jar;
}

function cookieHeader(jar: Map<string, string>): string {
  return [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
}

async function redirectOf(response: Response, step: string): Promise<URL> {
  const location = response.headers.get('location');
  if (response.status !== 302 || !location) {
    throw new Error(
      `GitHub sign-in, ${step}: expected a redirect, got ${response.status}: ${(
        await response.text()
      ).slice(0, 300)}`,
    );
  }
  return new URL(location);
}

/**
 * Runs the sign-in against one replica (`backendUrl`, e.g. replica A's own
 * address): the callback URL GitHub redirects to names the public base URL
 * (the load balancer), so the callback is sent to `backendUrl` instead, to
 * know which replica issued the session.
 */
export async function signInWithGithub(
  backendUrl: string,
  appOrigin: string,
): Promise<GithubSession> {
  const start = await fetch(
    `${backendUrl}${PROVIDER_PATH}/start?${new URLSearchParams({
      scope: 'read:user',
      origin: appOrigin,
      flow: 'redirect',
      redirectUrl: `${appOrigin}/`,
      env: 'production',
    })}`,
    { redirect: 'manual' },
  );
  const jar = cookiesOf(start);
  const authorize = await redirectOf(start, 'start');
  const approval = await fetch(authorize, { redirect: 'manual' });
  const callback = await redirectOf(approval, 'GitHub authorization');
  const handler = await fetch(
    `${backendUrl}${callback.pathname}${callback.search}`,
    { redirect: 'manual', headers: { cookie: cookieHeader(jar) } },
  );
  const issued = cookiesOf(handler);
  // The session: the refresh token and the scopes granted with it (GitHub
  // access tokens are refreshed only for scopes the session already has).
  const session = ['github-refresh-token', 'github-granted-scope'].filter(
    name => issued.has(name),
  );
  if (!issued.get('github-refresh-token')) {
    throw new Error(
      `GitHub sign-in, callback: no refresh cookie (status ${
        handler.status
      }): ${(await handler.text()).slice(0, 300)}`,
    );
  }
  const refreshCookie = session
    .map(name => `${name}=${issued.get(name)}`)
    .join('; ');
  return {
    refreshCookie,
    backstageToken: await refreshSession(backendUrl, refreshCookie),
  };
}

/** `refresh` with the session cookie: the Backstage token, or throws. */
export async function refreshSession(
  backendUrl: string,
  refreshCookie: string,
): Promise<string> {
  const response = await fetch(
    `${backendUrl}${PROVIDER_PATH}/refresh?optional&scope=read%3Auser&env=production`,
    {
      headers: { cookie: refreshCookie, 'x-requested-with': 'XMLHttpRequest' },
    },
  );
  const body = await response.text();
  if (!response.ok) {
    throw new Error(
      `refresh answered ${response.status}: ${body.slice(0, 300)}`,
    );
  }
  const token = JSON.parse(body)?.backstageIdentity?.token;
  if (typeof token !== 'string') {
    throw new Error(
      `refresh answered no Backstage token: ${body.slice(0, 300)}`,
    );
  }
  return token;
}
