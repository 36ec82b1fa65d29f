import type { Server } from 'node:http';

/** The header the demo users provider reads (its DEMO_USER_HEADER). */
const DEMO_USER_HEADER = 'x-localplus-demo-user';

/**
 * A Backstage token for a demo user, issued by the running auth backend the
 * way the sign-in page gets one (development's demo users provider, which
 * resolves the user and their groups from the catalog).
 */
export async function signInAs(server: Server, user: string): Promise<string> {
  const port = (server.address() as { port: number }).port;
  const response = await fetch(
    `http://localhost:${port}/api/auth/demoUsers/refresh?env=development`,
    {
      headers: {
        [DEMO_USER_HEADER]: user,
        'x-requested-with': 'XMLHttpRequest',
      },
    },
  );
  const text = await response.text();
  const token = response.ok
    ? JSON.parse(text)?.backstageIdentity?.token
    : undefined;
  if (typeof token !== 'string') {
    throw new Error(`Sign-in as ${user} answered ${response.status}: ${text}`);
  }
  return token;
}

/**
 * Signs each user in once the catalog holds them: the catalog ingests the
 * org files in the background after startup.
 */
export async function signInWhenIngested(
  server: Server,
  users: string[],
  timeoutMs = 90_000,
): Promise<Map<string, string>> {
  const deadline = Date.now() + timeoutMs;
  const tokens = new Map<string, string>();
  for (;;) {
    for (const user of users.filter(u => !tokens.has(u))) {
      try {
        tokens.set(user, await signInAs(server, user));
      } catch (error) {
        if (Date.now() > deadline) throw error;
      }
    }
    if (tokens.size === users.length) return tokens;
    await new Promise(resolve => setTimeout(resolve, 500));
  }
}
