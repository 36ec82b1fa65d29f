import { expect, Page, test } from '@playwright/test';

const screenshotDir = 'e2e-test-results/screenshots';

async function signInAsGuest(page: Page) {
  await page.goto('/');
  await expect(
    page.getByText('LOCAL-PLUS Developer Portal').first(),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Enter' }).click();
  await expect(
    page.getByRole('link', { name: 'Catalog', exact: true }),
  ).toBeVisible();
}

test.describe.serial('portal smoke', () => {
  let page: Page;

  test.beforeAll(async ({ browser }) => {
    page = await browser.newPage();
  });

  test.afterAll(async () => {
    await page.close();
  });

  test('signs in as guest and lands on the LOCAL-PLUS home page', async () => {
    await signInAsGuest(page);
    await expect(page.getByText('Welcome to LOCAL-PLUS')).toBeVisible();
    await page.screenshot({
      path: `${screenshotDir}/01-home.png`,
      fullPage: true,
    });
  });

  test('opens the catalog and finds svc-ledger', async () => {
    await page
      .getByRole('link', { name: 'Catalog', exact: true })
      .first()
      .click();
    await expect(page).toHaveURL(/\/catalog/);
    await expect(page.getByText(/All Components \(\d+\)/)).toBeVisible();
    await page.getByPlaceholder('Search').last().fill('svc-ledger');
    await expect(
      page.getByRole('link', { name: /ledger/i }).first(),
    ).toBeVisible();
    await page.screenshot({
      path: `${screenshotDir}/02-catalog.png`,
      fullPage: true,
    });
  });

  test('opens the svc-ledger entity page with its owner and system', async () => {
    await page
      .getByRole('row')
      .filter({ hasText: /ledger/i })
      .getByRole('link')
      .first()
      .click();
    await expect(page).toHaveURL(/\/catalog\/default\/component\/svc-ledger/);
    await expect(page.getByText('About').first()).toBeVisible();
    await expect(page.getByText('Owner').first()).toBeVisible();
    await page.screenshot({
      path: `${screenshotDir}/03-entity.png`,
      fullPage: true,
    });
  });

  test('opens the Create page with the available templates', async () => {
    await page
      .getByRole('link', { name: 'Create', exact: true })
      .first()
      .click();
    await expect(page).toHaveURL(/\/create/);
    await expect(page.getByText(/Demo: Node.js service/)).toBeVisible();
    await page.screenshot({
      path: `${screenshotDir}/04-create.png`,
      fullPage: true,
    });
  });
});
