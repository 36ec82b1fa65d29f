import { expect, test } from '@playwright/test';

import { signInAsDemoUser } from './support/demoUserSession';
import { demoUserToken } from './support/demoUserToken';
import { screenshotDir, sidebar } from './support/guestSession';
import { wordsNotWholeInCells } from './support/wordsInCells';

/**
 * The demo auditor reads everything and changes nothing: the portal offers
 * no way to create, register or unregister, and the backend refuses the
 * same actions when asked directly.
 */
test.describe('access as the demo auditor', () => {
  test('offers no Create, Register or Unregister', async ({ page }) => {
    await signInAsDemoUser(page, 'auditor');
    const nav = sidebar(page);
    await expect(nav.getByRole('link', { name: 'Docs' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Create' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: /Register/ })).toHaveCount(0);

    await page.goto('/catalog');
    await expect(
      page.getByText('Bootstrap (AWS Landing Zone)').first(),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Create' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Create' })).toHaveCount(0);

    await page.goto('/api-docs');
    await expect(page.getByText('Ledger gRPC API').first()).toBeVisible();
    await expect(
      page.getByRole('button', { name: /Register Existing API/i }),
    ).toHaveCount(0);

    await page.goto('/catalog/default/component/svc-ledger');
    await page.getByRole('button', { name: 'More' }).click();
    await expect(
      page.getByRole('menuitem', { name: /Inspect entity/ }),
    ).toBeVisible();
    // The catalog disables the entry for people the policy refuses (owners
    // and platform engineers only); the portal's theme hides disabled menu
    // entries.
    await expect(
      page.getByRole('menuitem', { name: /Unregister/ }),
    ).toBeHidden();
    await page.screenshot({
      path: `${screenshotDir}/50-auditor-entity-menu.png`,
    });
    expect(await wordsNotWholeInCells(page)).toEqual([]);
  });

  test('is refused by the API: unregister and template runs answer 403', async ({
    request,
  }) => {
    const token = await demoUserToken(request, 'thomas-keller');
    const headers = { authorization: `Bearer ${token}` };

    const ledger = await request.get(
      '/api/catalog/entities/by-name/component/default/svc-ledger',
      { headers },
    );
    expect(ledger.status()).toBe(200);
    const uid = (await ledger.json()).metadata.uid;

    const unregister = await request.delete(
      `/api/catalog/entities/by-uid/${uid}`,
      { headers },
    );
    expect(unregister.status()).toBe(403);

    const run = await request.post('/api/scaffolder/v2/tasks', {
      headers,
      data: {
        templateRef: 'template:default/localplus-service',
        values: { name: 'svc-audit-probe' },
      },
    });
    expect(run.status()).toBe(403);

    // Still there: nothing changed.
    const after = await request.get(
      '/api/catalog/entities/by-name/component/default/svc-ledger',
      { headers },
    );
    expect(after.status()).toBe(200);
  });

  test('the Access page says no, and which rule decided', async ({ page }) => {
    await signInAsDemoUser(page, 'auditor');
    await page.goto(
      '/access/explain?user=user:default/thomas-keller&permission=catalog.entity.delete&resourceRef=component:default/svc-ledger',
    );
    const answer = page.getByTestId('access-explain-answer');
    await expect(answer).toHaveText(/^No\b/);
    await expect(page.getByTestId('access-explain-rule')).toBeVisible();
    await page.screenshot({
      path: `${screenshotDir}/51-access-why-denied.png`,
      fullPage: true,
    });
    expect(await wordsNotWholeInCells(page)).toEqual([]);
  });
});

test.describe('access as the demo developer', () => {
  test('registers an API from the APIs page, the register page having no sidebar entry', async ({
    page,
  }) => {
    await signInAsDemoUser(page, 'developer');
    await page.goto('/api-docs');
    await expect(page.getByText('Ledger gRPC API').first()).toBeVisible();
    await page.getByRole('button', { name: /Register Existing API/i }).click();
    await expect(page).toHaveURL(/\/catalog-import$/);
  });
});
