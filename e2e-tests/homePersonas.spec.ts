import { expect, Page, test } from '@playwright/test';
import { screenshotDir } from './support/guestSession';
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
