import {
  AuthService,
  BackstageCredentials,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import {
  AuthenticationError,
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
  parseErrorResponseBody,
} from '@backstage/errors';
import {
  NewDecisionRequest,
  NewDecisionResult,
} from '@localplus/plugin-adr-common';

export interface PostDecisionRecordOptions {
  discovery: DiscoveryService;
  auth: AuthService;
  /** The person who started the task: the ADR backend checks their permission and names them. */
  credentials: BackstageCredentials;
  request: NewDecisionRequest;
  signal?: AbortSignal;
}

/** The ADR backend's 4xx answers as the errors the scaffolder shows to the user. */
const clientErrors: Record<number, new (message: string) => Error> = {
  400: InputError,
  401: AuthenticationError,
  403: NotAllowedError,
  404: NotFoundError,
  409: ConflictError,
};

function isNewDecisionResult(body: unknown): body is NewDecisionResult {
  if (typeof body !== 'object' || body === null) return false;
  const result = body as Record<string, unknown>;
  return (
    typeof result.decisionId === 'string' &&
    Number.isSafeInteger(result.number) &&
    typeof result.fileName === 'string' &&
    (result.target === 'github' || result.target === 'local') &&
    typeof result.location === 'string' &&
    (result.pullRequestUrl === undefined ||
      result.pullRequestUrl === null ||
      typeof result.pullRequestUrl === 'string')
  );
}

/**
 * `POST /api/adr/records` on behalf of the task's initiator. A 4xx answer
 * becomes an error carrying the ADR backend's own message (what is wrong
 * with the request, or that the person may not propose records).
 */
export async function postDecisionRecord(
  options: PostDecisionRecordOptions,
): Promise<NewDecisionResult> {
  const { discovery, auth, credentials, request, signal } = options;
  const url = `${await discovery.getBaseUrl('adr')}/records`;
  const { token } = await auth.getPluginRequestToken({
    onBehalfOf: credentials,
    targetPluginId: 'adr',
  });
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
      Accept: 'application/json',
    },
    body: JSON.stringify(request),
    signal,
  });

  if (!response.ok) {
    const { error } = await parseErrorResponseBody(response);
    if (response.status >= 400 && response.status < 500) {
      const ClientError = clientErrors[response.status] ?? InputError;
      throw new ClientError(
        `The decision record was refused: ${error.message}`,
      );
    }
    throw new Error(
      `The ADR backend could not write the decision record (${response.status} ${response.statusText}): ${error.message}`,
    );
  }

  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new Error(
      'The ADR backend answered POST /records with something that is not JSON',
    );
  }
  if (!isNewDecisionResult(body)) {
    throw new Error(
      'The ADR backend answered POST /records without the new decision (decisionId, number, fileName, target, location)',
    );
  }
  return body;
}
