import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { oncallOverrideCreatePermission } from '@localplus/plugin-oncall-common';
import type { ProvidedRotation } from '@localplus/plugin-oncall-node';
import type { OnCallAccess } from '../../onCallAccess';
import type { PageStore } from '../../paging';
import { NATIVE_PROVIDER_ID } from '../../providers/NativeRotationProvider';
import type { OrganisationSource } from '../Organisation';
import type { RotationService } from '../RotationService/RotationService';

/** What the read views are built from. */
export interface OnCallViewContext {
  rotations: RotationService;
  organisation: OrganisationSource;
  access: OnCallAccess;
  pageStore: PageStore;
  catalog: CatalogService;
  /** Business time; tests pin it. */
  now: () => Date;
}

/** Whether the caller may create overrides on a rotation: the policy, then the rotation's rule. */
export type CanOverride = (rotation: ProvidedRotation) => boolean;

/**
 * Asks the policy once per request; the rotation's rule is then answered
 * per rotation from the organisation. Services and the anonymous may not.
 */
export async function canOverrideFor(
  context: OnCallViewContext,
  credentials: BackstageCredentials,
): Promise<CanOverride> {
  const principal = credentials.principal as {
    type: string;
    userEntityRef?: string;
  };
  const userRef = principal.userEntityRef;
  if (principal.type !== 'user' || !userRef) {
    return () => false;
  }
  const [allowed, organisation] = await Promise.all([
    context.access.allows(oncallOverrideCreatePermission, credentials),
    context.organisation.current(),
  ]);
  if (!allowed) {
    return () => false;
  }
  return rotation =>
    rotation.provider === NATIVE_PROVIDER_ID &&
    context.access.mayChange(rotation, organisation, userRef);
}
