import { expect, test } from '@playwright/test';

import {
  demoUserPageForBlock,
  signInAsDemoUser,
} from './support/demoUserSession';
import { demoUserToken } from './support/demoUserToken';
import { screenshotDir } from './support/guestSession';

/**
 * A developer (the demo user Lucas Bernard, team-loyalty) creates
 * svc-loyalty-tiers from the browser with the dev default config: the task
 * publishes to a local bare repository and the new component appears in the
 * catalog. A platform engineer then unregisters it.
 */
test.describe.serial('golden path in the browser', () => {
  const page = demoUserPageForBlock('developer');

  test('offers the LOCAL-PLUS service template on the Create page', async () => {
    await page().goto('/create');
    // The smallest element holding both the title and a Choose button is the card.
    const card = page()
      .getByText('LOCAL-PLUS service', { exact: true })
      .locator(
        'xpath=ancestor::*[.//button[@data-testid="template-card-actions--create"]][1]',
      );
    await expect(card).toBeVisible();
    await card.getByTestId('template-card-actions--create').click();
    await expect(page().getByText('About the service').first()).toBeVisible();
  });

  test('refuses a malformed or taken name in the form', async () => {
    await page().getByLabel(/^Name/).fill('Loyalty Tiers');
    await page()
      .getByLabel(/^Description/)
      .fill('Computes loyalty tiers from earn and burn history.');
    const owner = page().getByRole('textbox', { name: 'Owning team' });
    await owner.click();
    // Only product teams are offered, by their display names.
    await expect(
      page().getByRole('option', { name: /Platform Team/i }),
    ).toHaveCount(0);
    await owner.fill('Loyalty');
    await page()
      .getByRole('option', { name: /Loyalty Team/i })
      .first()
      .click();
    await page().getByRole('button', { name: 'Next' }).click();
    await expect(
      page()
        .getByText(/must match pattern/i)
        .first(),
    ).toBeVisible();
    // A well-formed name that the catalog already has is refused in the form too.
    await page().getByLabel(/^Name/).fill('svc-ledger');
    await page().getByRole('button', { name: 'Next' }).click();
    await expect(
      page()
        .getByText(
          /"svc-ledger" is already taken in the catalog by component:default\/svc-ledger/,
        )
        .first(),
    ).toBeVisible();
  });

  test('fills in the form and creates svc-loyalty-tiers', async () => {
    await page().getByLabel(/^Name/).fill('svc-loyalty-tiers');
    await page().screenshot({
      path: `${screenshotDir}/20-golden-path-form.png`,
      fullPage: true,
    });
    await page().getByRole('button', { name: 'Next' }).click();

    await expect(
      page().getByText('Interfaces and dependencies').first(),
    ).toBeVisible();
    await page().getByRole('button', { name: 'Next' }).click();

    await expect(
      page().getByText('Reliability and secrets').first(),
    ).toBeVisible();
    await page().getByRole('button', { name: 'Review' }).click();
    await expect(page().getByText('svc-loyalty-tiers').first()).toBeVisible();
    await page().screenshot({
      path: `${screenshotDir}/21-golden-path-review.png`,
      fullPage: true,
    });

    const started = Date.now();
    await page().getByRole('button', { name: 'Create' }).click();
    await expect(page()).toHaveURL(/\/create\/tasks\//);
    const openInCatalog = page()
      .getByRole('button', { name: 'Open in catalog' })
      .or(page().getByRole('link', { name: 'Open in catalog' }));
    await expect(openInCatalog.first()).toBeVisible({ timeout: 120_000 });
    test.info().annotations.push({
      type: 'golden-path task seconds',
      description: String((Date.now() - started) / 1000),
    });
    await expect(
      page()
        .getByText(/Check the manifests against the platform policies/)
        .first(),
    ).toBeVisible();
    await page().screenshot({
      path: `${screenshotDir}/22-golden-path-task.png`,
      fullPage: true,
    });
    await openInCatalog.first().click();
  });

  test('shows the new component in the catalog', async () => {
    await expect(page()).toHaveURL(
      /\/catalog\/default\/component\/svc-loyalty-tiers/,
    );
    await expect(
      page()
        .getByText('Computes loyalty tiers from earn and burn history.')
        .first(),
    ).toBeVisible();
    await expect(
      page()
        .getByRole('link', { name: /Loyalty Team/ })
        .first(),
    ).toBeVisible();
    await page().screenshot({
      path: `${screenshotDir}/23-golden-path-entity.png`,
      fullPage: true,
    });
  });

  test('a platform engineer unregisters the new component', async ({
    browser,
  }) => {
    // Alice Martin is in the platform team (and on call).
    const admin = await browser.newPage();
    await signInAsDemoUser(admin, 'on-call');
    await admin.goto('/catalog/default/component/svc-loyalty-tiers');
    await admin.getByRole('button', { name: 'More' }).click();
    await admin.getByRole('menuitem', { name: /Unregister entity/ }).click();
    const dialog = admin.getByRole('dialog', { name: /Are you sure/ });
    await expect(dialog).toBeVisible();
    await admin.screenshot({
      path: `${screenshotDir}/24-golden-path-unregister.png`,
    });
    await dialog.getByRole('button', { name: /Unregister Location/i }).click();
    await expect(admin).toHaveURL(/\/catalog\/?(\?|$)/);
    const token = await demoUserToken(admin.request, 'alice');
    await expect
      .poll(async () =>
        (
          await admin.request.get(
            '/api/catalog/entities/by-name/component/default/svc-loyalty-tiers',
            { headers: { authorization: `Bearer ${token}` } },
          )
        ).status(),
      )
      .toBe(404);
    await admin.close();
  });
});
