import { APIRequestContext, expect } from '@playwright/test';

/**
 * A Backstage token for a demo user, taken the way the sign-in page takes
 * it (the demo users proxy provider, the person named by a header), so a
 * test can call the backend's API directly as that person.
 */
export async function demoUserToken(
  request: APIRequestContext,
  user: string,
): Promise<string> {
  const response = await request.get(
    '/api/auth/demoUsers/refresh?env=development',
    {
      headers: {
        'x-localplus-demo-user': user,
        'x-requested-with': 'XMLHttpRequest',
      },
    },
  );
  expect(response.status(), await response.text()).toBe(200);
  const body = await response.json();
  const token = body?.backstageIdentity?.token;
  expect(typeof token).toBe('string');
  return token as string;
}
