import { expect, Page, test } from '@playwright/test';
import { screenshotDir, sidebar } from './support/guestSession';
import {
  DemoPersona,
  demoPersonas,
  signInAsDemoUser,
  signOutOfDemoUser,
} from './support/demoUserSession';
import { wordsNotWholeInCells } from './support/wordsInCells';
import { chartLabelsCutOff } from './support/chartLabels';

/** The widgets each persona's declared layout shows, by card title. */
const personaWidgets: Record<DemoPersona, string[]> = {
  developer: [
    "My teams' services",
    'Your Starred Entities',
    'My template runs',
    'On call for my services',
    'Failing controls',
  ],
  'on-call': [
    'On call for my services',
    'Budgets burning',
    'Firing SLO alerts',
    'Runbooks',
  ],
  'tech-lead': [
    'Tier violations',
    'Awaiting your input',
    'Decision log',
    'Failing controls',
  ],
  auditor: ['Compliance status', 'Compliance documents', 'Tier rules'],
};

function card(page: Page, title: string) {
  return page.getByText(title, { exact: true }).first();
}

for (const persona of Object.keys(demoPersonas) as DemoPersona[]) {
  test.describe(`home as ${persona}`, () => {
    test.afterEach(async ({ page }) => {
      await signOutOfDemoUser(page);
    });

    test('signs in from the sign-in page and sees the persona home', async ({
      page,
    }) => {
      const { name, title } = demoPersonas[persona];
      await signInAsDemoUser(page, persona);
      await expect(page.getByText(`Welcome, ${name}`)).toBeVisible();
      await expect(page.getByText(`Your home as ${title}`)).toBeVisible();
      for (const widget of personaWidgets[persona]) {
        await expect(card(page, widget)).toBeVisible();
      }
      for (const width of [1440, 1024]) {
        await page.setViewportSize({ width, height: 900 });
        // The grid follows its container once the new width settles; until
        // then the page is still as wide as before.
        await expect
          .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
          .toBeLessThanOrEqual(width);
        // Every card has its data: none is still loading.
        await expect(page.getByRole('progressbar')).toHaveCount(0);
        await page.screenshot({
          path: `${screenshotDir}/home-${persona}-${width}.png`,
          fullPage: true,
        });
        // The cards' tables read whole words at this width, and their
        // charts' labels are drawn whole.
        expect(await wordsNotWholeInCells(page)).toEqual([]);
        expect(await chartLabelsCutOff(page)).toEqual([]);
      }
    });
  });
}

/**
 * Sidebar entries a persona must reach without scrolling the sidebar, on a
 * 1024x768 screen: everything but the catalog's own tools (Tiers, Catalog
 * errors, Catalog Graph), which come last. At 1440x900 every entry shows.
 */
const withCreate = ['Home', 'Catalog', 'Create'];
const everyonesPages = ['Error budgets', 'On call', 'Decisions', 'Compliance'];
const developersLists = ['APIs', 'Docs'];
const shortScreenEntries: Record<DemoPersona, string[]> = {
  developer: [...withCreate, ...everyonesPages, ...developersLists],
  'on-call': [...withCreate, ...everyonesPages, ...developersLists],
  'tech-lead': [...withCreate, ...everyonesPages, ...developersLists],
  // No Create; the access model instead.
  auditor: ['Home', 'Catalog', ...everyonesPages, 'Access', ...developersLists],
};

/**
 * The sidebar entries drawn whole: inside the window and inside the
 * sidebar's scrolling part, if they sit in it.
 */
async function wholeSidebarEntries(page: Page): Promise<string[]> {
  return sidebar(page)
    .getByRole('link')
    .evaluateAll(links =>
      links
        .filter(link => {
          const box = link.getBoundingClientRect();
          let bottom = window.innerHeight;
          let top = 0;
          for (let e = link.parentElement; e; e = e.parentElement) {
            if (getComputedStyle(e).overflowY !== 'visible') {
              const clip = e.getBoundingClientRect();
              bottom = Math.min(bottom, clip.bottom);
              top = Math.max(top, clip.top);
            }
          }
          return (
            box.height > 0 && box.top >= top - 1 && box.bottom <= bottom + 1
          );
        })
        .map(link => link.textContent?.trim() ?? ''),
    );
}

test.describe('the sidebar', () => {
  test.afterEach(async ({ page }) => {
    await signOutOfDemoUser(page);
  });

  for (const persona of Object.keys(demoPersonas) as DemoPersona[]) {
    test(`shows the ${persona}'s sidebar entries without scrolling it`, async ({
      page,
    }) => {
      await signInAsDemoUser(page, persona);
      const nav = sidebar(page);
      // Entries behind a permission appear once the policy has answered.
      for (const name of shortScreenEntries[persona]) {
        // (The logo is a link named Home too, before the entry.)
        await expect(
          nav.getByRole('link', { name, exact: true }).last(),
        ).toBeVisible();
      }
      await page.setViewportSize({ width: 1440, height: 900 });
      const all = await nav
        .getByRole('link')
        .evaluateAll(links =>
          links.map(link => link.textContent?.trim() ?? ''),
        );
      expect(all).toEqual(expect.arrayContaining(['Tiers', 'Catalog Graph']));
      await expect.poll(() => wholeSidebarEntries(page)).toEqual(all);

      await page.setViewportSize({ width: 1024, height: 768 });
      await expect
        .poll(() => wholeSidebarEntries(page))
        .toEqual(expect.arrayContaining(shortScreenEntries[persona]));
      // The sidebar alone: the page beside it is still settling at the
      // new size.
      await page.screenshot({
        path: `${screenshotDir}/sidebar-${persona}-1024x768.png`,
        clip: { x: 0, y: 0, width: 240, height: 768 },
      });
    });
  }
});

test.describe('home with several personas', () => {
  test.afterEach(async ({ page }) => {
    await signOutOfDemoUser(page);
  });

  test('Alice starts on-call, switches to developer, and the choice is remembered', async ({
    page,
  }) => {
    await signInAsDemoUser(page, 'on-call');
    await expect(page.getByText('Your home as On-call engineer')).toBeVisible();
    await page.getByRole('tab', { name: 'Developer' }).click();
    await expect(page.getByText('Your home as Developer')).toBeVisible();
    await expect(card(page, "My teams' services")).toBeVisible();
    await page.reload();
    await expect(page.getByText('Your home as Developer')).toBeVisible();
    // Back to on-call for the next runs.
    await page.getByRole('tab', { name: 'On-call engineer' }).click();
    await expect(card(page, 'Budgets burning')).toBeVisible();
  });

  test('removes a widget, then restores the persona defaults', async ({
    page,
  }) => {
    await signInAsDemoUser(page, 'tech-lead');
    await expect(card(page, 'Decision log')).toBeVisible();
    await page.getByRole('button', { name: 'Edit' }).click();
    await page
      .locator('.react-grid-item')
      .filter({ hasText: 'Decision log' })
      .getByRole('button', { name: 'Delete widget' })
      .click();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(card(page, 'Decision log')).toHaveCount(0);

    await page.getByRole('button', { name: 'Edit' }).click();
    await page.getByRole('button', { name: 'Restore defaults' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(card(page, 'Decision log')).toBeVisible();
  });
});
