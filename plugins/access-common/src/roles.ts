/**
 * The roles of the LOCAL-PLUS access model. Which catalog groups hold which
 * role is configuration (`localplus.access.roles`); the set of roles is not,
 * because the rules and the pages are written against it.
 */
export const ACCESS_ROLE_IDS = [
  'admin',
  'platform-engineer',
  'developer',
  'tech-lead',
  'security',
  'auditor',
  'on-call-responder',
] as const;

/** One role of the access model. */
export type AccessRoleId = (typeof ACCESS_ROLE_IDS)[number];

/** True when the text is one of the access model's role ids. */
export function isAccessRoleId(value: string): value is AccessRoleId {
  return (ACCESS_ROLE_IDS as readonly string[]).includes(value);
}
