import { z } from 'zod';

/**
 * Why `value` is not the base URL of an HTTP API fit for a setting, or
 * undefined: an absolute http(s) URL with no credentials (a URL appears in
 * every error message and log line; credentials go in the setting named
 * `credentialsGoIn`, e.g. `token` or `headers`), no query string and no
 * fragment (paths are appended to it).
 */
export function httpBaseUrlProblem(
  value: string,
  credentialsGoIn: string,
): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be an absolute http or https URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return 'must be an http or https URL';
  }
  if (url.username || url.password) {
    return `must not contain credentials; put them in ${credentialsGoIn}`;
  }
  if (url.search || url.hash) {
    return 'must not have a query string or fragment';
  }
  return undefined;
}

/** A base URL checked by {@link httpBaseUrlProblem}, without its trailing slashes so paths can be appended. */
export function normalizeBaseUrl(value: string): string {
  const url = new URL(value);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * A setting's schema for an HTTP API's base URL: refused with the reason
 * {@link httpBaseUrlProblem} gives, normalised by {@link normalizeBaseUrl}.
 */
export function httpBaseUrlSchema(credentialsGoIn: string) {
  return z
    .string({ error: 'must be a URL string' })
    .superRefine((value, ctx) => {
      const problem = httpBaseUrlProblem(value, credentialsGoIn);
      if (problem) {
        ctx.addIssue({ code: 'custom', message: problem });
      }
    })
    .transform(normalizeBaseUrl);
}

/**
 * A setting's schema for an API token: one word of at most `maxLength`
 * characters. The messages never repeat the value: the token is a secret.
 */
export function apiTokenSchema(maxLength: number) {
  return z
    .string({ error: 'must be a string' })
    .min(1, 'must not be empty')
    .max(maxLength, `must be at most ${maxLength} characters`)
    .regex(/^\S*$/, 'must be one word without spaces or control characters');
}
