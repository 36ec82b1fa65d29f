import type {
  AccessAuditPage,
  AccessExplanation,
  AccessMatrix,
  AccessRole,
  AccessWhoCan,
} from '@localplus/plugin-access-common';

export const roles: AccessRole[] = [
  {
    id: 'auditor',
    title: 'Auditor',
    description: 'Reads everything and changes nothing.',
    groups: ['group:default/auditors'],
    members: [
      {
        userRef: 'user:default/thomas-keller',
        displayName: 'Thomas Keller',
        viaGroups: ['group:default/auditors'],
      },
    ],
  },
  {
    id: 'platform-engineer',
    title: 'Platform engineer',
    description: 'Runs the catalog, the scaffolder and the clusters.',
    groups: ['group:default/platform-team'],
    members: [
      {
        userRef: 'user:default/pat',
        displayName: 'Pat Platform',
        viaGroups: ['group:default/platform-team'],
      },
    ],
  },
  {
    id: 'security',
    title: 'Security',
    description: 'Reads the access policy and the audit trail.',
    groups: [],
    members: [],
  },
];

export const matrix: AccessMatrix = {
  roles: [
    { id: 'auditor', title: 'Auditor' },
    { id: 'platform-engineer', title: 'Platform engineer' },
  ],
  permissions: [
    {
      name: 'scaffolder.task.create',
      action: 'create',
      pluginId: 'scaffolder',
    },
    {
      name: 'catalog.entity.delete',
      action: 'delete',
      resourceType: 'catalog-entity',
      pluginId: 'catalog',
    },
    { name: 'access.audit.read', action: 'read', pluginId: 'access' },
  ],
  rules: [
    {
      id: 'platform-engineers-operate',
      description: 'Platform engineers operate.',
    },
    { id: 'default-deny', description: 'No rule grants it.' },
  ],
  cells: {
    'scaffolder.task.create': {
      auditor: { decision: 'deny', ruleId: 'default-deny' },
      'platform-engineer': {
        decision: 'allow',
        ruleId: 'platform-engineers-operate',
      },
    },
    'catalog.entity.delete': {
      auditor: {
        decision: 'conditional',
        ruleId: 'owners-refresh-and-unregister',
        condition: 'owners of the entity',
      },
      'platform-engineer': {
        decision: 'allow',
        ruleId: 'platform-engineers-operate',
      },
    },
    'access.audit.read': {
      auditor: { decision: 'allow', ruleId: 'access-model-readers' },
      'platform-engineer': { decision: 'deny', ruleId: 'default-deny' },
    },
  },
};

export const whoCanDelete: AccessWhoCan = {
  permission: {
    name: 'catalog.entity.delete',
    action: 'delete',
    resourceType: 'catalog-entity',
  },
  resourceRef: 'component:default/svc-ledger',
  allowed: [
    {
      userRef: 'user:default/pat',
      displayName: 'Pat Platform',
      ruleId: 'platform-engineers-operate',
      roles: ['platform-engineer'],
    },
    {
      userRef: 'user:default/dana',
      ruleId: 'owners-refresh-and-unregister',
      roles: [],
    },
  ],
};

export const auditorMayNotDelete: AccessExplanation = {
  userRef: 'user:default/thomas-keller',
  displayName: 'Thomas Keller',
  roles: [{ id: 'auditor', viaGroups: ['group:default/auditors'] }],
  permission: {
    name: 'catalog.entity.delete',
    action: 'delete',
    resourceType: 'catalog-entity',
  },
  resourceRef: 'component:default/svc-ledger',
  allowed: false,
  decision: 'conditional',
  rule: {
    id: 'owners-refresh-and-unregister',
    description: 'Owners refresh and unregister their own entities.',
  },
  reason:
    'Thomas Keller may unregister only the entities their groups own, and component:default/svc-ledger is owned by team-ledger.',
};

export const auditPage: AccessAuditPage = {
  events: [
    {
      id: 'e2',
      at: '2026-12-04T10:00:01.000Z',
      actor: 'user:default/thomas-keller',
      action: 'entity-mutate',
      outcome: 'failed',
      source: 'auditor',
      pluginId: 'catalog',
      detail: 'actionType=delete; error: NotAllowedError',
    },
    {
      id: 'e1',
      at: '2026-12-04T10:00:00.000Z',
      actor: 'user:default/thomas-keller',
      action: 'catalog.entity.delete',
      outcome: 'conditional',
      ruleId: 'owners-refresh-and-unregister',
      source: 'policy',
      pluginId: 'catalog',
    },
  ],
  nextBefore: '2026-12-04T10:00:00.000Z~5b6f5c0e-8f5a-4a55-9d55-0f6e1d2c3b4a',
};
