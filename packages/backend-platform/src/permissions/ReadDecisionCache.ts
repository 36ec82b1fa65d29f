import type {
  BackstageCredentials,
  BackstageUserPrincipal,
  PermissionsService,
  PermissionsServiceRequestOptions,
} from '@backstage/backend-plugin-api';
import type {
  AuthorizePermissionRequest,
  AuthorizePermissionResponse,
  Permission,
  QueryPermissionRequest,
  QueryPermissionResponse,
} from '@backstage/plugin-permission-common';
import { LRUCache } from 'lru-cache';

/** How long a read decision is reused for one sign-in. */
export const READ_DECISION_TTL_MS = 10_000;
/** Decisions kept per plugin at most (the oldest go first). */
export const READ_DECISION_MAX_ENTRIES = 20_000;

export interface ReadDecisionCacheOptions {
  ttlMs?: number;
  maxEntries?: number;
  /** Milliseconds; a test's clock. */
  now?: () => number;
}

type Evaluate<Request, Decision> = (
  requests: Request[],
  options: PermissionsServiceRequestOptions,
) => Promise<Decision[]>;

/**
 * A plugin's permission checks, answered by the permission backend as
 * before, with the decisions on read permissions reused for a few seconds
 * for the same sign-in.
 *
 * Every check otherwise costs an HTTP round trip to the permission backend
 * with a freshly signed token, verified twice there: the larger part of
 * what a catalog read costs. A page asks the same questions many times a
 * second (an entity page, the catalog list, search), so reads are kept:
 * - only for a signed-in person's credentials, keyed by who they are, on
 *   whose behalf a plugin asks, and their token's expiry (another sign-in
 *   is asked afresh); service and anonymous callers, and credentials
 *   without an expiry, pass through;
 * - only for permissions whose action is `read`: create, update and delete
 *   checks always reach the policy, which audits each of them;
 * - per permission and resource, definitive and conditional answers apart;
 * - for at most {@link READ_DECISION_TTL_MS}; the policy's roles are already
 *   cached for 30 s, so a revoked membership takes effect no later than
 *   before. Concurrent identical checks share one request; a failed
 *   request is not kept.
 */
export class ReadDecisionCache implements PermissionsService {
  readonly #inner: PermissionsService;
  readonly #decisions: LRUCache<string, Promise<unknown>>;

  constructor(
    inner: PermissionsService,
    options: ReadDecisionCacheOptions = {},
  ) {
    this.#inner = inner;
    const now = options.now;
    this.#decisions = new LRUCache<string, Promise<unknown>>({
      max: options.maxEntries ?? READ_DECISION_MAX_ENTRIES,
      ttl: options.ttlMs ?? READ_DECISION_TTL_MS,
      ttlAutopurge: false,
      // Read the clock at each lookup (the default reuses it for 1 ms).
      ttlResolution: 0,
      ...(now ? { perf: { now } } : {}),
    });
  }

  authorize(
    requests: AuthorizePermissionRequest[],
    options: PermissionsServiceRequestOptions,
  ): Promise<AuthorizePermissionResponse[]> {
    return this.#evaluate('definitive', requests, options, (r, o) =>
      this.#inner.authorize(r, o),
    );
  }

  authorizeConditional(
    queries: QueryPermissionRequest[],
    options: PermissionsServiceRequestOptions,
  ): Promise<QueryPermissionResponse[]> {
    return this.#evaluate('conditional', queries, options, (q, o) =>
      this.#inner.authorizeConditional(q, o),
    );
  }

  async #evaluate<
    Request extends { permission: Permission; resourceRef?: string },
    Decision,
  >(
    kind: 'definitive' | 'conditional',
    requests: Request[],
    options: PermissionsServiceRequestOptions,
    evaluate: Evaluate<Request, Decision>,
  ): Promise<Decision[]> {
    const signIn = signInKey(options);
    if (!signIn) {
      return evaluate(requests, options);
    }
    const keys = requests.map(request =>
      isRead(request.permission)
        ? [
            signIn,
            kind,
            request.permission.name,
            request.resourceRef ?? '',
          ].join('\n')
        : undefined,
    );
    const decisions: Array<Promise<Decision> | undefined> = keys.map(key =>
      key === undefined
        ? undefined
        : (this.#decisions.get(key) as Promise<Decision> | undefined),
    );
    const missing = requests.flatMap((_, index) =>
      decisions[index] ? [] : [index],
    );
    if (missing.length > 0) {
      const asked = evaluate(
        missing.map(index => requests[index]),
        options,
      );
      missing.forEach((index, position) => {
        const decision = asked.then(answers => answers[position]);
        decisions[index] = decision;
        const key = keys[index];
        if (key !== undefined) {
          this.#decisions.set(key, decision);
          decision.catch(() => {
            if (this.#decisions.peek(key) === decision) {
              this.#decisions.delete(key);
            }
          });
        }
      });
    }
    return Promise.all(decisions as Array<Promise<Decision>>);
  }
}

function isRead(permission: Permission): boolean {
  return permission.attributes?.action === 'read';
}

/** Who asks, for a signed-in person; undefined for anyone else. */
function signInKey(
  options: PermissionsServiceRequestOptions,
): string | undefined {
  if (!options || !('credentials' in options)) {
    return undefined;
  }
  const credentials = options.credentials as BackstageCredentials<
    Partial<BackstageUserPrincipal>
  >;
  const { type, userEntityRef, actor } = credentials.principal ?? {};
  // A Date, or its JSON text in credentials a plugin kept (the scaffolder's
  // task initiator).
  const expiresAt = credentials.expiresAt
    ? new Date(credentials.expiresAt).getTime()
    : NaN;
  if (type !== 'user' || !userEntityRef || Number.isNaN(expiresAt)) {
    return undefined;
  }
  return [userEntityRef, actor?.subject ?? '', expiresAt].join('\n');
}
