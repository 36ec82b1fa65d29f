import type { AccessRoleId } from '@localplus/plugin-access-common';
import { ROLE_DEMO_USERS } from './roleUsers';

/** Who a battery request is made as: nobody, or a role's demo user. */
export type Caller = 'anonymous' | AccessRoleId;

/** The owner of the throwaway entities: the developer's team. */
export const THROWAWAY_OWNER = 'group:default/team-loyalty';

/** What the samples refer to, made by the battery before it runs. */
export interface BatteryFixtures {
  /** The uid of a catalog entity of the bundled catalog. */
  uidOf(entityRef: string): string;
  /**
   * The uid of an entity owned by THROWAWAY_OWNER that only this caller's
   * request unregisters, so each caller's DELETE meets an entity.
   */
  throwawayUid(caller: Caller): string;
  /** A finished template run started by the developer (lucas-bernard). */
  developerTaskId: string;
  /** The folder holding the throwaway catalog file. */
  directory: string;
}

/** What a role's demo user should get: `allow` is neither 401 nor 403. */
export type Answer = 'allow' | 'deny';

/** The request the battery makes for a route. */
export interface SampleRequest {
  /** Defaults to the route's method (GET for `USE` routes). */
  method?: string;
  /** The path with its parameters filled in, query string included. */
  path: string;
  headers?: Record<string, string>;
  /** Sent as JSON. */
  body?: unknown;
}

/** A route the policy decides, and how to exercise it. */
export interface GuardedRoute {
  /** The permission(s) the route checks, or why none is checked. */
  checks: string;
  sample:
    | SampleRequest
    | ((fixtures: BatteryFixtures, caller: Caller) => SampleRequest);
  expect: Record<AccessRoleId, Answer>;
  /**
   * Set when an allowed request may answer 5xx in the battery (a service the
   * test backend cannot reach); the reason is printed. Otherwise an allowed
   * request must answer below 500, proving it reached the route's handler.
   */
  serverErrorExpected?: string;
  /** Set when the answers are not what the access model intends; printed. */
  gap?: string;
}

/** A route open without credentials, and why it must be. */
export interface PublicRoute {
  public: string;
  /**
   * Set for the frontend's routes: the app backend mounts them only when
   * `packages/app/dist` holds a built frontend (the test command builds it
   * before Jest; a Jest run on an unbuilt tree does not see them).
   */
  onlyWithBuiltFrontend?: true;
}

export type RouteDecision = GuardedRoute | PublicRoute;

/** Route decisions keyed `METHOD /path` as the route walk names them. */
export type RouteTable = Record<string, RouteDecision>;

export function isPublic(decision: RouteDecision): decision is PublicRoute {
  return 'public' in decision;
}

/** The roles, as ROLE_DEMO_USERS lists them (every role, by its type). */
export const ROLES = Object.keys(ROLE_DEMO_USERS) as AccessRoleId[];

function answers(decide: (role: AccessRoleId) => Answer) {
  return Object.fromEntries(ROLES.map(role => [role, decide(role)])) as Record<
    AccessRoleId,
    Answer
  >;
}

/** Every role's demo user is allowed. */
export const everyone = answers(() => 'allow');

/** No role is allowed: the route is for other backends (service tokens). */
export const nobody = answers(() => 'deny');

/** Only the demo users of these roles are allowed. */
export function only(...roles: AccessRoleId[]) {
  return answers(role => (roles.includes(role) ? 'allow' : 'deny'));
}

/** Everyone but the demo users of these roles. */
export function allBut(...roles: AccessRoleId[]) {
  return answers(role => (roles.includes(role) ? 'deny' : 'allow'));
}
