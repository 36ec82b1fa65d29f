import { startHostileServer } from '../__testUtils__/hostileServers';
import { httpGetText, SourceError } from './httpGet';

describe('httpGetText', () => {
  let server: Awaited<ReturnType<typeof startHostileServer>>;
  beforeAll(async () => {
    server = await startHostileServer();
  });
  afterAll(() => server?.close());

  const get = (maxBytes = 1024, timeoutMs = 5000) =>
    httpGetText(`${server.url}/x`, {
      signal: new AbortController().signal,
      timeoutMs,
      maxBytes,
    });

  it('gives up on a source that does not answer in time', async () => {
    server.state.answer = () => {
      // Never answers.
    };
    await expect(get(1024, 200)).rejects.toThrow(
      `GET ${server.url}/x had no answer within 0.2 s`,
    );
  });

  it('refuses a body whose declared length is over the limit without reading it', async () => {
    server.state.answer = (_req, res) => {
      res.writeHead(200, { 'content-length': '5000' }).write('a');
    };
    await expect(get()).rejects.toThrow(
      `GET ${server.url}/x answered more than 1024 bytes`,
    );
  });

  it('reports a body that breaks off', async () => {
    server.state.answer = (_req, res) => {
      res.writeHead(200, { 'content-length': '100' }).write('{"a":');
      setTimeout(() => res.destroy(), 20);
    };
    await expect(get()).rejects.toThrow(
      new RegExp(`^GET ${server.url}/x broke off while answering: `),
    );
  });

  it('keeps a long error message to one bounded line', async () => {
    server.state.answer = (_req, res) => {
      res
        .writeHead(500, { 'content-type': 'application/json' })
        .end(
          JSON.stringify({ error: { message: `bad\n${'x'.repeat(2000)}` } }),
        );
    };
    const error = (await get(1_000_000).catch(e => e)) as SourceError;
    expect(error.status).toBe(500);
    expect(error.message).toMatch(
      /^GET .* answered 500 Internal Server Error: bad x+…$/,
    );
    expect(error.message.length).toBeLessThan(400);
  });
});
