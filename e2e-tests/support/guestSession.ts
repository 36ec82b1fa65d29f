import { expect, Page, test } from '@playwright/test';

/** Where every spec saves the screenshots a reviewer looks at. */
export const screenshotDir = 'e2e-test-results/screenshots';

/**
 * The sidebar's own links. Page content (the home page's table of tools, for one)
 * may carry links with the same names, so navigation checks look only here.
 */
export function sidebar(page: Page) {
  return page.getByTestId('sidebar-root');
}

/** Signs in through the development config's guest provider and waits for the sidebar. */
export async function signInAsGuest(page: Page) {
  await page.goto('/');
  await expect(
    page.getByText('LOCAL-PLUS Developer Portal').first(),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Enter' }).click();
  await expect(
    sidebar(page).getByRole('link', { name: 'Catalog', exact: true }),
  ).toBeVisible();
}

/**
 * For a serial describe block: one page, signed in before the first test and
 * closed after the last. Call it in the block; the tests call the result.
 */
export function signedInPageForBlock(): () => Page {
  let page: Page | undefined;
  test.beforeAll(async ({ browser }) => {
    page = await browser.newPage();
    await signInAsGuest(page);
  });
  test.afterAll(async () => {
    await page?.close();
  });
  return () => {
    if (!page) {
      throw new Error('The signed-in page is only there inside the tests');
    }
    return page;
  };
}
