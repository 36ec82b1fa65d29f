import { expect, Page, test } from '@playwright/test';

import { screenshotDir, sidebar } from './support/guestSession';
import { signInAsDemoUser } from './support/demoUserSession';
import { tablesScrolledSideways } from './support/tablesScrolledSideways';
import { tableHeadingsCut } from './support/tableHeadingsCut';
import { wordsNotWholeInCells } from './support/wordsInCells';
import { chartLabelsCutOff } from './support/chartLabels';

// Every sidebar page, and every tab of one entity of each kind, at the two
// widths people use: no console error, no failed request to our backend, no
// element wider than the screen, no word in a table split across lines or
// cut off at its cell's edge, no table heading cut short. A screenshot of
// each is saved.

const WIDTHS = [1440, 1024] as const;

/** One entity of each kind, chosen for having the most tabs of that kind. */
const ENTITIES = [
  '/catalog/default/component/svc-ledger',
  '/catalog/default/api/ledger-grpc',
  '/catalog/default/system/localplus-core',
  // A system with a decision folder: its Decisions tab.
  '/catalog/default/system/viridial-platform',
  '/catalog/default/domain/loyalty',
  '/catalog/default/group/team-loyalty',
  '/catalog/default/user/lucas-bernard',
  '/catalog/default/resource/localplus-postgres-primary',
  '/catalog/default/template/localplus-service',
];

/**
 * Pages with no sidebar entry, reached from another page: registering a
 * component (the Create page's button) and the app's extension tree.
 */
const PAGES_OFF_THE_SIDEBAR = ['/catalog-import', '/visualizer'];

/** The catalog's whole lists, where every owner, type and tier shows. */
const CATALOG_LISTS = ['component', 'resource', 'api', 'system', 'group'].map(
  kind => `/catalog?filters%5Bkind%5D=${kind}&filters%5Buser%5D=all`,
);

type Problem = string;

/** Records what goes wrong on a page while it is open. */
function watch(page: Page, backendOrigin: string) {
  const problems: Problem[] = [];
  page.on('console', message => {
    if (message.type() === 'error') {
      problems.push(`console error: ${message.text().slice(0, 300)}`);
    }
  });
  page.on('pageerror', error => {
    problems.push(`uncaught: ${error.message.slice(0, 300)}`);
  });
  page.on('response', response => {
    if (response.status() >= 400 && response.url().startsWith(backendOrigin)) {
      problems.push(`${response.status()} ${response.url()}`);
    }
  });
  return problems;
}

/** Elements whose right edge passes the viewport's, outside any scroll box. */
async function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrolls = (element: Element | null): boolean => {
      for (let e = element; e && e !== document.body; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (/(auto|scroll|hidden|clip)/.test(style.overflowX)) return true;
      }
      return false;
    };
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width + 1) {
      found.push(
        `the page scrolls sideways (${document.documentElement.scrollWidth} px > ${width} px)`,
      );
    }
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      const rect = element.getBoundingClientRect();
      if (
        rect.width > 0 &&
        rect.right > width + 1 &&
        !scrolls(element.parentElement)
      ) {
        const name = `${element.tagName.toLowerCase()}${
          element.id ? `#${element.id}` : ''
        }.${String(element.className).split(' ')[0]}`;
        found.push(
          `${name} ends at ${Math.round(rect.right)} px (> ${width} px)`,
        );
      }
      if (found.length >= 5) break;
    }
    return found;
  });
}

/** Waits for the page to settle: no progress bar, no pending request. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await expect(page.getByRole('progressbar'))
    .toHaveCount(0, { timeout: 30_000 })
    .catch(() => undefined);
}

function slug(path: string) {
  return path.replace(/^\/+/, '').replace(/[^a-z0-9]+/gi, '-') || 'home';
}

async function check(
  page: Page,
  problems: Problem[],
  path: string,
  width: number,
) {
  problems.length = 0;
  await page.setViewportSize({ width, height: 900 });
  await page.goto(path);
  await settle(page);
  const overflow = await overflowingElements(page);
  const wordsNotWhole = await wordsNotWholeInCells(page, { cutOff: true });
  const cutLabels = await chartLabelsCutOff(page);
  const scrolledTables = await tablesScrolledSideways(page);
  const cutHeadings = await tableHeadingsCut(page);
  await page.screenshot({
    path: `${screenshotDir}/every-page/${slug(path)}-${width}.png`,
  });
  return [
    ...problems,
    ...overflow,
    ...wordsNotWhole,
    ...cutLabels,
    ...scrolledTables,
    ...cutHeadings,
  ];
}

test.describe.serial('every page', () => {
  let page: Page;
  let problems: Problem[];
  let sidebarPaths: string[] = [];
  const entityTabs: string[] = [];

  test.beforeAll(async ({ browser, baseURL }, testInfo) => {
    // Room for a docs site still being built (below).
    testInfo.setTimeout(300_000);
    page = await browser.newPage();
    problems = watch(page, new URL(baseURL!).origin + '/api');
    await signInAsDemoUser(page, 'developer');
    // Entries behind a permission appear once the policy has answered.
    await expect(
      sidebar(page).getByRole('link', { name: 'Create' }),
    ).toBeVisible();
    sidebarPaths = await sidebar(page)
      .getByRole('link')
      .evaluateAll(links =>
        Array.from(
          new Set(
            links
              .map(link => new URL((link as HTMLAnchorElement).href).pathname)
              .filter(path => path.startsWith('/')),
          ),
        ),
      );
    for (const entity of ENTITIES) {
      await page.goto(entity);
      await settle(page);
      // The tab bar is drawn once the entity has loaded, which may be after
      // the network settled: a tab list read earlier misses the tabs.
      await expect(
        page.getByRole('link', { name: 'Overview', exact: true }),
      ).toBeVisible({ timeout: 30_000 });
      // The entity's tabs are links one path segment below it.
      const tabs = await page
        .locator(`a[href^="${entity}/"]`)
        .evaluateAll(
          (links, base) =>
            links
              .map(link => link.getAttribute('href') ?? '')
              .filter(href => new RegExp(`^${base}/[^/?#]+$`).test(href)),
          entity,
        );
      entityTabs.push(entity, ...tabs);
    }
    // A docs tab opened before its site is built (the dev stack builds
    // them in the background after start) has TechDocs' reader ask for the
    // site, get 404s, build it and ask again: upstream's first visit, not a
    // fault of the page. Each docs tab is opened once here, until its page
    // arrives, so that the checks see what a later reader sees.
    for (const docsTab of entityTabs.filter(tab => tab.endsWith('/docs'))) {
      const entityPath = docsTab
        .replace(/^\/catalog\//, '')
        .replace(/\/docs$/, '');
      const built = page.waitForResponse(
        response =>
          response.url().endsWith(`/static/docs/${entityPath}/index.html`) &&
          response.ok(),
        { timeout: 120_000 },
      );
      await page.goto(docsTab);
      await built;
    }
  });

  test.afterAll(async () => {
    await page.close();
  });

  test('finds the sidebar pages and the entity tabs', async () => {
    expect(sidebarPaths).toEqual(
      expect.arrayContaining(['/catalog', '/create', '/docs', '/api-docs']),
    );
    expect(entityTabs).toEqual(
      expect.arrayContaining([
        '/catalog/default/component/svc-ledger/apis',
        '/catalog/default/component/svc-ledger/kubernetes',
        '/catalog/default/system/viridial-platform/decisions',
      ]),
    );
  });

  for (const width of WIDTHS) {
    test(`every sidebar page and catalog list at ${width} px`, async () => {
      const failures: string[] = [];
      for (const path of [
        ...sidebarPaths,
        ...PAGES_OFF_THE_SIDEBAR,
        ...CATALOG_LISTS,
      ]) {
        for (const problem of await check(page, problems, path, width)) {
          failures.push(`${path}: ${problem}`);
        }
      }
      expect(failures).toEqual([]);
    });

    test(`every tab of one entity of each kind at ${width} px`, async () => {
      const failures: string[] = [];
      for (const path of Array.from(new Set(entityTabs))) {
        for (const problem of await check(page, problems, path, width)) {
          failures.push(`${path}: ${problem}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }
});
