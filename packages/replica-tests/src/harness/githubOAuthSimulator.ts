import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { AddressInfo } from 'node:net';

/** The GitHub account the simulator signs in. */
export interface GithubAccount {
  /** Must equal a User entity's name (usernameMatchingUserEntityName). */
  login: string;
  id: number;
  name: string;
  email: string;
}

export interface GithubOAuthSimulatorOptions {
  clientId: string;
  clientSecret: string;
  account: GithubAccount;
}

/** What the simulator saw, for the test's assertions. */
export interface GithubOAuthTraffic {
  authorizations: number;
  tokenExchanges: number;
  profileReads: number;
}

export interface GithubOAuthSimulator {
  /** Give it as `enterpriseInstanceUrl` of the GitHub auth provider. */
  url: string;
  traffic: GithubOAuthTraffic;
  close(): Promise<void>;
}

const token = () => randomBytes(20).toString('hex');

/**
 * The three GitHub endpoints Backstage's GitHub sign-in uses on a GitHub
 * Enterprise instance (`enterpriseInstanceUrl`): the authorization page
 * (approves at once and redirects back with a one-time code), the code
 * exchange (checks client id, secret, code and redirect URI) and the user
 * profile (`/api/v3/user`, with the access token). Anything else is a 404.
 */
export async function startGithubOAuthSimulator(
  options: GithubOAuthSimulatorOptions,
): Promise<GithubOAuthSimulator> {
  const codes = new Map<string, { redirectUri: string }>();
  const accessTokens = new Set<string>();
  const traffic: GithubOAuthTraffic = {
    authorizations: 0,
    tokenExchanges: 0,
    profileReads: 0,
  };

  const json = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  const authorize = (url: URL, res: http.ServerResponse) => {
    const redirectUri = url.searchParams.get('redirect_uri');
    if (
      url.searchParams.get('client_id') !== options.clientId ||
      !redirectUri
    ) {
      json(res, 400, { error: 'unknown client or no redirect_uri' });
      return;
    }
    traffic.authorizations += 1;
    const code = token();
    codes.set(code, { redirectUri });
    const back = new URL(redirectUri);
    back.searchParams.set('code', code);
    const state = url.searchParams.get('state');
    if (state) back.searchParams.set('state', state);
    res.writeHead(302, { location: back.toString() });
    res.end();
  };

  const exchange = (body: URLSearchParams, res: http.ServerResponse) => {
    const code = body.get('code') ?? '';
    const grant = codes.get(code);
    codes.delete(code);
    if (
      body.get('client_id') !== options.clientId ||
      body.get('client_secret') !== options.clientSecret ||
      !grant ||
      (body.has('redirect_uri') &&
        body.get('redirect_uri') !== grant.redirectUri)
    ) {
      json(res, 200, { error: 'bad_verification_code' });
      return;
    }
    traffic.tokenExchanges += 1;
    const accessToken = `gho_${token()}`;
    accessTokens.add(accessToken);
    json(res, 200, {
      access_token: accessToken,
      token_type: 'bearer',
      scope: 'read:user',
    });
  };

  const profile = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const presented = (req.headers.authorization ?? '').replace(
      /^(bearer|token)\s+/i,
      '',
    );
    if (!accessTokens.has(presented)) {
      json(res, 401, { message: 'Bad credentials' });
      return;
    }
    traffic.profileReads += 1;
    const { account } = options;
    json(res, 200, {
      login: account.login,
      id: account.id,
      name: account.name,
      email: account.email,
      avatar_url: `https://avatars.githubusercontent.com/u/${account.id}`,
      html_url: `https://github.example/${account.login}`,
    });
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://simulator');
    if (req.method === 'GET' && url.pathname === '/login/oauth/authorize') {
      authorize(url, res);
      return;
    }
    if (req.method === 'GET' && url.pathname === '/api/v3/user') {
      profile(req, res);
      return;
    }
    if (req.method === 'POST' && url.pathname === '/login/oauth/access_token') {
      const chunks: Buffer[] = [];
      req.on('data', chunk => chunks.push(chunk));
      req.on('end', () =>
        exchange(new URLSearchParams(Buffer.concat(chunks).toString()), res),
      );
      return;
    }
    json(res, 404, { message: 'Not Found' });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    traffic,
    close: () =>
      new Promise(resolve => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
