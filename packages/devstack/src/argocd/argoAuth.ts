import { Request, RequestHandler } from 'express';
import { readBearerToken, tokensEqual } from '../http/bearerToken';
import { ArgoApiError } from './argoErrors';
import { SessionStore } from './SessionStore';

const COOKIE_NAME = 'argocd.token';

/**
 * The token of a request: a bearer header, or the `argocd.token` cookie that
 * the Roadie plugin's proxy setup sends (`Cookie: argocd.token=<token>`).
 */
export function readArgoToken(req: Request): string | undefined {
  const bearer = readBearerToken(req);
  if (bearer) {
    return bearer;
  }
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === COOKIE_NAME && value.length > 0) {
      return value.join('=');
    }
  }
  return undefined;
}

/** The user behind a token: the API token's account or a logged-in user. */
export function identify(
  token: string | undefined,
  apiToken: string,
  sessions: SessionStore,
): string | undefined {
  if (!token) {
    return undefined;
  }
  if (tokensEqual(token, apiToken)) {
    return 'backstage';
  }
  return sessions.usernameFor(token);
}

/** Rejects requests without a valid token, as Argo CD does with gRPC code 16. */
export function requireArgoSession(
  apiToken: string,
  sessions: SessionStore,
): RequestHandler {
  return (req, res, next) => {
    const token = readArgoToken(req);
    const username = identify(token, apiToken, sessions);
    if (!username) {
      throw new ArgoApiError(
        'unauthenticated',
        token
          ? 'invalid session: token is not recognised'
          : 'no session information',
      );
    }
    res.locals.username = username;
    next();
  };
}
