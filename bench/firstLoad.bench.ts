/*
 * First-load JS of the portal against a stock create-app 1.55 app
 * (bench/upstream/app), as a ratio measured in the same run: the gzip size of
 * every JavaScript file the browser receives for the sign-in page and then
 * the home page. Also checks that the packages of issue 17's three causes
 * stay out of the portal's first load.
 *   node --require @backstage/cli-node/config/nodeTransform.cjs bench/firstLoad.bench.ts
 * FIRST_LOAD_REUSE_BUILDS=1 skips the two builds when both dist folders exist.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import {
  FirstLoad,
  formatBytes,
  largestChunks,
  LAZY_ONLY_PACKAGES,
  measureSignInThenHome,
  packagesInChunks,
  presentPackages,
  signInAsDemoDeveloper,
  totalGzipBytes,
} from '../e2e-tests/support/firstLoadJs';
import {
  CHROMIUM_ARGS,
  CHROMIUM_EXECUTABLE,
} from '../e2e-tests/support/chromiumLaunch';
import { startPortal } from './portalServers';
import { serveStaticApp } from './staticAppServer';

const root = path.resolve(__dirname, '..');
const ours = path.join(root, 'packages/app');
const upstream = path.join(root, 'bench/upstream/app');

function build(appDir: string, extraArgs: string[] = []) {
  if (
    process.env.FIRST_LOAD_REUSE_BUILDS &&
    existsSync(path.join(appDir, 'dist/index.html'))
  ) {
    return;
  }
  const started = Date.now();
  const result = spawnSync(
    process.execPath,
    [
      path.join(root, '.yarn/releases/yarn-4.13.0.cjs'),
      'backstage-cli',
      'package',
      'build',
      ...extraArgs,
    ],
    { cwd: appDir, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (result.status !== 0) {
    throw new Error(`The build of ${appDir} failed (${result.status})`);
  }
  process.stdout.write(
    `built ${path.relative(root, appDir)} in ${Math.round(
      (Date.now() - started) / 1000,
    )} s\n`,
  );
}

/**
 * The stock app's sign-in page offers guest only, through the auth backend;
 * served without one, the page asks whether to fall back to a local guest
 * token, and the home page then shows.
 */
async function signInAsLegacyGuest(page: Page) {
  page.once('dialog', dialog => dialog.accept());
  await page.getByRole('button', { name: 'Enter' }).click();
  await page.getByText('Getting Started').first().waitFor();
}

async function measure(
  browser: Browser,
  url: string,
  signIn: (page: Page) => Promise<void>,
): Promise<FirstLoad> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
  });
  try {
    return await measureSignInThenHome(await context.newPage(), url, signIn);
  } finally {
    await context.close();
  }
}

function line(name: string, load: FirstLoad) {
  const all = load.signInThenHome;
  return `${name}: ${formatBytes(totalGzipBytes(all))} (${totalGzipBytes(
    all,
  )} B) in ${all.length} files (sign-in page alone ${formatBytes(
    totalGzipBytes(load.signInPage),
  )})\n`;
}

async function main() {
  build(ours);
  build(upstream, ['--config', 'app-config.yaml']);

  const browser = await chromium.launch({
    executablePath: CHROMIUM_EXECUTABLE,
    args: CHROMIUM_ARGS,
  });
  const stock = await serveStaticApp(path.join(upstream, 'dist'));
  const portal = await startPortal();
  try {
    const upstreamLoad = await measure(browser, stock.url, signInAsLegacyGuest);
    const oursLoad = await measure(browser, portal.url, signInAsDemoDeveloper);

    const oursTotal = totalGzipBytes(oursLoad.signInThenHome);
    const upstreamTotal = totalGzipBytes(upstreamLoad.signInThenHome);
    process.stdout.write(
      'first-load JS, gzip level 9 of each file, sign-in page then home page\n' +
        line('  ours (demo developer, backend on :7007)', oursLoad) +
        line('  upstream (legacy guest, served statically)', upstreamLoad) +
        `  ratio ours/upstream ${(oursTotal / upstreamTotal).toFixed(2)}x\n`,
    );
    process.stdout.write('  the 10 largest files of ours:\n');
    for (const chunk of largestChunks(oursLoad.signInThenHome, 10)) {
      process.stdout.write(
        `    ${formatBytes(chunk.gzipBytes).padStart(9)}  ${chunk.file}\n`,
      );
    }

    const oursPackages = await packagesInChunks(oursLoad.signInThenHome);
    const upstreamPackages = await packagesInChunks(
      upstreamLoad.signInThenHome,
    );
    for (const name of LAZY_ONLY_PACKAGES) {
      const inOurs = oursPackages.get(name);
      const inUpstream = upstreamPackages.has(name) ? 'present' : 'absent';
      process.stdout.write(
        `  ${name}: ${
          inOurs ? `PRESENT in ${inOurs.join(', ')}` : 'absent'
        } in ours (${inUpstream} in upstream)\n`,
      );
    }

    const budget = JSON.parse(
      readFileSync(path.join(root, 'e2e-tests/firstLoadBudget.json'), 'utf8'),
    );
    process.stdout.write(
      `  committed budget (e2e-tests/firstLoadBudget.json): ${formatBytes(
        budget.maxGzipBytes,
      )}\n`,
    );
    const failures = [
      ...presentPackages(oursPackages, LAZY_ONLY_PACKAGES).map(
        ({ name }) => `${name} is in the first load`,
      ),
      ...(oursTotal > upstreamTotal
        ? [`ours is larger than upstream (${formatBytes(oursTotal)})`]
        : []),
    ];
    if (failures.length > 0) {
      throw new Error(failures.join('; '));
    }
  } finally {
    await portal.close();
    await stock.close();
    await browser.close();
  }
}

main().catch(error => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
