import { mockServices } from '@backstage/backend-test-utils';
import type { LoggerService } from '@backstage/backend-plugin-api';
import {
  parseRotationFile,
  RotationDefinition,
} from '@localplus/plugin-oncall-common';
import type {
  OnCallProvider,
  ProvidedRotation,
} from '@localplus/plugin-oncall-node';
import { Organisation, OrganisationSource } from '../services/Organisation';
import type { OverrideStore } from '../services/OverrideStore';
import { DefaultRotationService } from '../services/RotationService/DefaultRotationService';
import { groupEntity, userEntity, weeklyRotationYaml } from './rotationFiles';

/** Rotations, an organisation and a service over them, for DefaultRotationService's tests. */

/** Business time of the tests: a Friday noon, UTC. */
export const FRIDAY = new Date('2026-12-04T12:00:00.000Z');

export function definition(
  name: string,
  owner: string,
  covers?: string[],
): RotationDefinition {
  const parsed = parseRotationFile(weeklyRotationYaml({ name, covers }), {
    source: `./${name}.yaml`,
    owner,
  });
  return parsed.definition!;
}

export function provided(
  provider: string,
  def: RotationDefinition,
  extra: Partial<ProvidedRotation> = {},
): ProvidedRotation {
  return {
    provider,
    source: `${provider}:${def.name}`,
    definition: def,
    ...extra,
  };
}

export const emptyStore: OverrideStore = {
  create: async () => [],
  get: async () => undefined,
  listActive: async () => [],
  cancel: async () => [],
  listChanges: async () => [],
};

export async function organisationOf(): Promise<OrganisationSource> {
  const organisation = Organisation.fromEntities({
    groups: [
      await groupEntity('/nowhere', { name: 'engineering' }),
      await groupEntity('/nowhere', {
        name: 'team-loyalty',
        parent: 'engineering',
      }),
      await groupEntity('/nowhere', { name: 'oncall', parent: 'engineering' }),
      await groupEntity('/nowhere', { name: 'other' }),
    ],
    users: [userEntity('alice', ['oncall'])],
    components: [
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: 'svc-ledger' },
        spec: { owner: 'team-loyalty' },
      },
    ],
  });
  return {
    current: async () => organisation,
    ownerOf: async ref => organisation.component(ref)?.owner,
  };
}

export function service(
  providers: OnCallProvider[],
  organisation: OrganisationSource,
  {
    store = emptyStore,
    logger = mockServices.logger.mock(),
    emptyReadWaitMs,
  }: {
    store?: OverrideStore;
    logger?: LoggerService;
    emptyReadWaitMs?: number;
  } = {},
) {
  return new DefaultRotationService({
    providers,
    overrideStore: store,
    organisation,
    logger,
    emptyReadWaitMs,
    now: () => FRIDAY,
  });
}
