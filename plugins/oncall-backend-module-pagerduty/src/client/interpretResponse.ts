import { z } from 'zod';
import type { PagerDutyFailureKind } from './PagerDutyRequestError';

/** PagerDuty's error body: `{ error: { message, code, errors: [] } }`. */
const errorBodySchema = z.object({
  error: z.object({
    message: z.string().max(1024).optional(),
    errors: z.array(z.string().max(1024)).max(20).optional(),
  }),
});

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** What PagerDuty said about an error, when it said it in its own format. */
function pagerDutyDetails(json: ReturnType<typeof parseJson>): string {
  const body = json.ok ? errorBodySchema.safeParse(json.value) : undefined;
  if (!body?.success) {
    return '';
  }
  const { message, errors = [] } = body.data.error;
  const details = [message, ...errors].filter(Boolean).join('; ');
  return details ? `: ${details}` : '';
}

/**
 * The JSON of a final answer (429s and retried 5xx are handled before), or
 * the failure it stands for, worded for the person reading the problem.
 * The token is scrubbed by the caller.
 */
export function interpretResponse(
  path: string,
  response: Response,
  text: string,
):
  | { value: unknown }
  | { failure: { kind: PagerDutyFailureKind; message: string } } {
  const { status } = response;
  const json = parseJson(text);
  const fail = (kind: PagerDutyFailureKind, message: string) => ({
    failure: { kind, message },
  });
  if (status >= 200 && status < 300) {
    if (json.ok) return { value: json.value };
    const type = response.headers.get('content-type')?.split(';')[0];
    return fail(
      'response',
      `PagerDuty answered GET ${path} with a body that is not JSON${
        type ? ` (${type})` : ''
      }; a proxy or login page may be in the way`,
    );
  }
  if (status === 401 || status === 403) {
    return fail(
      'auth',
      `PagerDuty token refused (HTTP ${status} on GET ${path}): oncall.pagerduty.token is missing, wrong or lacks read access`,
    );
  }
  const said = pagerDutyDetails(json);
  if (status === 404) {
    return fail(
      'not-found',
      `PagerDuty has no ${path} (HTTP 404${said}), or the token cannot see it`,
    );
  }
  if (status >= 300 && status < 400) {
    return fail(
      'response',
      `PagerDuty answered GET ${path} with a redirect (HTTP ${status}); set oncall.pagerduty.baseUrl to the address the API answers at`,
    );
  }
  return fail(
    status >= 500 ? 'server' : 'response',
    `PagerDuty answered GET ${path} with HTTP ${status}${said}`,
  );
}
