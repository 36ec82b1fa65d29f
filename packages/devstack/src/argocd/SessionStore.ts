import { randomBytes } from 'node:crypto';
import { tokensEqual } from '../http/bearerToken';

/** Enough for any test run; the oldest sessions are dropped past it. */
const MAX_SESSIONS = 1000;

/** `POST /api/v1/session` logins: one configured user, opaque random tokens. */
export class SessionStore {
  private readonly sessions = new Map<string, string>();

  constructor(
    private readonly username: string,
    private readonly password: string,
  ) {}

  /** A new session token, or undefined when the credentials are wrong. */
  login(username: string, password: string): string | undefined {
    // Both comparisons always run, so timing does not tell which one failed.
    const userOk = tokensEqual(username, this.username);
    const passwordOk = tokensEqual(password, this.password);
    if (!userOk || !passwordOk) {
      return undefined;
    }
    const token = randomBytes(32).toString('base64url');
    this.sessions.set(token, username);
    if (this.sessions.size > MAX_SESSIONS) {
      this.sessions.delete(this.sessions.keys().next().value!);
    }
    return token;
  }

  usernameFor(token: string): string | undefined {
    return this.sessions.get(token);
  }

  logout(token: string): void {
    this.sessions.delete(token);
  }
}
