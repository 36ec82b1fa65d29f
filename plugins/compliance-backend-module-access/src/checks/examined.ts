import type { ExaminedItem } from '@localplus/plugin-compliance-common';

/** The Access API routes the checks read, as an auditor can ask them again. */
export const EXAMINED = {
  matrix: {
    type: 'access-api',
    ref: 'roles-by-permissions matrix',
    href: '/api/access/matrix',
  },
  roles: {
    type: 'access-api',
    ref: 'roles and their members',
    href: '/api/access/roles',
  },
  audit: {
    type: 'access-api',
    ref: 'access audit trail',
    href: '/api/access/audit',
  },
} satisfies Record<string, ExaminedItem>;
