/** What a test reads of one of the simulator's answers. */
export interface GithubAnswer {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/**
 * GET requests to a GitHub simulator as the collector sends them, with the
 * test's token; `server` is read at each call (the simulator starts in
 * `beforeAll`). `get` takes other headers (or none) and another simulator.
 */
export function githubRequests(server: () => { url: string }, token: string) {
  const authorised = { Authorization: `token ${token}` };

  async function get(
    url: string,
    headers: Record<string, string> = authorised,
    on: { url: string } = server(),
  ): Promise<GithubAnswer> {
    const response = await fetch(`${on.url}${url}`, { headers });
    return {
      status: response.status,
      headers: response.headers,
      body: await response.json(),
    };
  }

  return {
    get,
    /** Classic branch protection of main. */
    protectionOf: (slug: string) =>
      get(`/repos/${slug}/branches/main/protection`),
    /** The ruleset rules that apply to main, `query` with its `?`. */
    rulesOf: (slug: string, query = '') =>
      get(`/repos/${slug}/rules/branches/main${query}`),
  };
}
