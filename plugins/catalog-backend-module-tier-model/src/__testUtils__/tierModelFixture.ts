import { ConfigReader } from '@backstage/config';
import { Entity } from '@backstage/catalog-model';
import { readTierModel, TierModel } from '@localplus/plugin-tiers-common';

/** A small tier model, as it would appear under `localplus.tiers`. */
export const tierModelConfig = {
  annotation: 'localplus.io/tier',
  appliesTo: { kinds: ['Component'], systemPattern: '^localplus-' },
  levels: [
    {
      id: 'T1',
      name: 'Platform',
      description: 'Platform repositories.',
      namePattern: '^platform-[a-z0-9-]+$',
      owners: ['platform-team'],
      approvers: 'Platform team',
      changeProcess: 'ADR when breaking',
      requiredAnnotations: ['github.com/project-slug'],
    },
    {
      id: 'T3',
      name: 'Domain',
      description: 'Business services.',
      namePattern: '^svc-[a-z0-9-]+$',
      owners: ['team-loyalty', 'group:billing/team-billing', 'user:alice'],
      approvers: 'Team lead',
      changeProcess: 'Standard review',
      requiredAnnotations: [
        'github.com/project-slug',
        'backstage.io/kubernetes-id',
        'localplus.io/criticality',
      ],
    },
  ],
};

export function fixtureTierModel(): TierModel {
  return readTierModel(
    new ConfigReader({ localplus: { tiers: tierModelConfig } }),
  )!;
}

/** A T3 component that meets every rule of the fixture model. */
export function domainComponent(
  overrides: {
    name?: string;
    namespace?: string;
    tier?: string | null;
    owner?: string | null;
    system?: string | null;
    kind?: string;
    annotations?: Record<string, string>;
  } = {},
): Entity {
  const annotations: Record<string, string> = {
    'github.com/project-slug': 'localplus/svc-ledger',
    'backstage.io/kubernetes-id': 'svc-ledger',
    'localplus.io/criticality': 'P0',
    ...overrides.annotations,
  };
  if (overrides.tier !== null) {
    annotations['localplus.io/tier'] = overrides.tier ?? 'T3';
  }
  const spec: Record<string, string> = {
    type: 'service',
    lifecycle: 'production',
  };
  if (overrides.owner !== null) spec.owner = overrides.owner ?? 'team-loyalty';
  if (overrides.system !== null) {
    spec.system = overrides.system ?? 'localplus-core';
  }
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: overrides.kind ?? 'Component',
    metadata: {
      name: overrides.name ?? 'svc-ledger',
      ...(overrides.namespace && { namespace: overrides.namespace }),
      annotations,
    },
    spec,
  };
}
