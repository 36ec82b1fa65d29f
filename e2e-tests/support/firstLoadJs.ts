import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

// The first-load JS of a page: every JavaScript response the browser receives
// from opening it until the network is quiet, each body gzipped here (so the
// figure does not depend on how a server compresses), summed once per URL.
// Shared by bench/firstLoad.bench.ts and e2e-tests/firstLoad.spec.ts.

/** One JavaScript file the page loaded. */
export type JsChunk = {
  url: string;
  /** The file name without the query, e.g. `module-react-dom.1a2b.js`. */
  file: string;
  bytes: number;
  gzipBytes: number;
};

/**
 * npm packages that must never be in the first load: the table, drag and drop
 * and date library of the catalog table, the codecs of the Argo CD client,
 * and the YAML parser of the SLO library (issue 17, item 5).
 */
export const LAZY_ONLY_PACKAGES = [
  '@material-table/core',
  'react-beautiful-dnd',
  'date-fns',
  'fp-ts',
  'io-ts',
  'yaml',
] as const;

/** gzip at level 9, the same for every app measured. */
export function gzipBytes(body: Buffer): number {
  return gzipSync(body, { level: 9 }).length;
}

function isJavaScript(contentType: string | undefined, url: string) {
  return (
    /javascript|ecmascript/.test(contentType ?? '') ||
    /\.m?js(\?|$)/.test(new URL(url).pathname)
  );
}

/**
 * Starts recording the JavaScript a page receives. `waitUntilQuiet` resolves
 * once no request has been in flight for `quietMs`; `chunks` lists what was
 * received so far, one entry per URL.
 */
export function recordJsResponses(page: Page) {
  const chunks = new Map<string, Promise<JsChunk | undefined>>();
  let inFlight = 0;
  let lastActivity = Date.now();
  const touch = () => {
    lastActivity = Date.now();
  };
  page.on('request', () => {
    inFlight += 1;
    touch();
  });
  const settle = () => {
    inFlight = Math.max(0, inFlight - 1);
    touch();
  };
  page.on('requestfinished', settle);
  page.on('requestfailed', settle);
  page.on('response', response => {
    const url = response.url();
    if (chunks.has(url) || response.status() !== 200) {
      return;
    }
    if (!isJavaScript(response.headers()['content-type'], url)) {
      return;
    }
    chunks.set(
      url,
      response.body().then(
        body => ({
          url,
          file: new URL(url).pathname.split('/').pop() ?? url,
          bytes: body.length,
          gzipBytes: gzipBytes(body),
        }),
        () => undefined,
      ),
    );
  });

  return {
    async waitUntilQuiet(quietMs = 1500, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      while (inFlight > 0 || Date.now() - lastActivity < quietMs) {
        if (Date.now() > deadline) {
          throw new Error(
            `The page did not go quiet within ${timeoutMs} ms (${inFlight} requests in flight)`,
          );
        }
        await new Promise(resolve => setTimeout(resolve, 100));
      }
    },
    async chunks(): Promise<JsChunk[]> {
      const all = await Promise.all(chunks.values());
      return all.filter((chunk): chunk is JsChunk => chunk !== undefined);
    },
  };
}

/** The summed gzip size of chunks, in bytes. */
export function totalGzipBytes(chunks: JsChunk[]): number {
  return chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0);
}

/** The `n` largest chunks by gzip size, largest first. */
export function largestChunks(chunks: JsChunk[], n: number): JsChunk[] {
  return [...chunks].sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, n);
}

/**
 * The npm packages a bundle file holds, read from the `sources` of its source
 * map (`.../node_modules/<name or @scope/name>/...`; the innermost
 * node_modules folder wins, so nested copies count under their own name).
 */
export function packagesInSourceMap(sourceMap: { sources?: string[] }) {
  const packages = new Set<string>();
  for (const source of sourceMap.sources ?? []) {
    const match = /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source);
    if (match) {
      packages.add(match[1]);
    }
  }
  return packages;
}

/** Reads the source map of a chunk. */
export type SourceMapReader = (
  chunk: JsChunk,
) => Promise<{ sources?: string[] }>;

/** The source map the server publishes beside the chunk (`<url>.map`). */
export const fetchSourceMap: SourceMapReader = async chunk => {
  const response = await fetch(`${chunk.url.split('?')[0]}.map`);
  if (!response.ok) {
    throw new Error(
      `No source map for ${chunk.url} (HTTP ${response.status}); it is needed to tell which packages the chunk holds`,
    );
  }
  return response.json();
};

/** The npm packages in the chunks, each with the chunks holding it. */
export async function packagesInChunks(
  chunks: JsChunk[],
  readSourceMap: SourceMapReader = fetchSourceMap,
): Promise<Map<string, string[]>> {
  const byPackage = new Map<string, string[]>();
  for (const chunk of chunks) {
    for (const name of packagesInSourceMap(await readSourceMap(chunk))) {
      byPackage.set(name, [...(byPackage.get(name) ?? []), chunk.file]);
    }
  }
  return byPackage;
}

/** Of `names`, those present in the chunks, with the chunks that hold each. */
export function presentPackages(
  byPackage: Map<string, string[]>,
  names: readonly string[],
): Array<{ name: string; chunks: string[] }> {
  return names
    .filter(name => byPackage.has(name))
    .map(name => ({ name, chunks: byPackage.get(name)! }));
}

/** What the browser loaded for the sign-in page, then for the home page. */
export type FirstLoad = {
  /** The JS of the sign-in page, until the network went quiet. */
  signInPage: JsChunk[];
  /** The JS of the sign-in page and then of the home page, once per URL. */
  signInThenHome: JsChunk[];
};

/**
 * Opens `url` in a fresh page (no cached files), waits for the network to go
 * quiet, signs in with `signIn` (which returns once the home page shows) and
 * waits again.
 */
export async function measureSignInThenHome(
  page: Page,
  url: string,
  signIn: (page: Page) => Promise<void>,
): Promise<FirstLoad> {
  const recorder = recordJsResponses(page);
  await page.goto(url);
  await recorder.waitUntilQuiet();
  const signInPage = await recorder.chunks();
  await signIn(page);
  await recorder.waitUntilQuiet();
  return { signInPage, signInThenHome: await recorder.chunks() };
}

/**
 * The portal's sign-in: the demo developer, until the home page shows their
 * persona. A backend just started may not have read the user from the catalog
 * yet (the sign-in then fails with 404): it tries again until `timeoutMs`.
 */
export async function signInAsDemoDeveloper(page: Page, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  const home = page.getByText('Your home as Developer');
  const failed = page.getByText('Sign-in failed');
  for (;;) {
    await page
      .getByRole('button', { name: 'Sign in as Lucas Bernard' })
      .click();
    await home.or(failed).first().waitFor({ timeout: 60_000 });
    if (await home.isVisible()) {
      return;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `The demo developer could not sign in within ${timeoutMs} ms`,
      );
    }
    await page.waitForTimeout(3000);
    await page.getByRole('button', { name: 'Back to sign-in' }).click();
  }
}

/** `1234567` as `1.23 MB`, `20480` as `20.5 kB` (decimal units). */
export function formatBytes(bytes: number): string {
  return bytes >= 1e6
    ? `${(bytes / 1e6).toFixed(2)} MB`
    : `${(bytes / 1e3).toFixed(1)} kB`;
}
