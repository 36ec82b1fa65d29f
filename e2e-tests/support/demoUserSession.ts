import { expect, Page, test } from '@playwright/test';
import { sidebar } from './guestSession';

/** The demo people of the development sign-in page, by persona. */
export const demoPersonas = {
  developer: { name: 'Lucas Bernard', title: 'Developer' },
  'on-call': { name: 'Alice Martin', title: 'On-call engineer' },
  'tech-lead': { name: 'Sofia Benali', title: 'Tech lead' },
  auditor: { name: 'Thomas Keller', title: 'Auditor' },
} as const;

export type DemoPersona = keyof typeof demoPersonas;

/**
 * Signs in from the development sign-in page as a persona's demo user and
 * waits for the sidebar. A reload keeps the person signed in; call
 * `signOutOfDemoUser` to see the sign-in page again.
 */
export async function signInAsDemoUser(page: Page, persona: DemoPersona) {
  const { name } = demoPersonas[persona];
  await page.goto('/');
  await page.getByRole('button', { name: `Sign in as ${name}` }).click();
  await expect(
    sidebar(page).getByRole('link', { name: 'Catalog', exact: true }),
  ).toBeVisible();
}

/** Forgets the remembered demo sign-in, so the next visit shows the sign-in page. */
export async function signOutOfDemoUser(page: Page) {
  await page.evaluate(() => window.localStorage.clear());
}

/**
 * For a serial describe block: one page, signed in as the persona's demo
 * user before the first test and closed after the last.
 */
export function demoUserPageForBlock(persona: DemoPersona): () => Page {
  let page: Page | undefined;
  test.beforeAll(async ({ browser }) => {
    page = await browser.newPage();
    await signInAsDemoUser(page, persona);
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
