import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { ProvidedRotation } from '@localplus/plugin-oncall-node';
import type { OnCallAccess } from '../../onCallAccess';
import type { PageStore } from '../../paging';
import { NATIVE_PROVIDER_ID } from '@localplus/plugin-oncall-common';
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

/** Whether the rotation's own rule counts the caller among its changers. */
export type IsChanger = (rotation: ProvidedRotation) => boolean;

/**
 * The rotation's rule for the caller, answered per rotation from the
 * organisation: a native rotation, and the caller one of its people or a
 * lead of its groups. Services and the anonymous are nobody's changers.
 *
 * The permission policy is not asked here. Whether a person's roles allow
 * `oncall.override.create` is the page's question (it asks the permission
 * backend itself, as for every button), and the override routes ask the
 * policy when the person acts. A read view asking it on the person's
 * behalf would be recorded in the audit trail as an attempt to change the
 * rotation, on every page view.
 */
export async function changerCheckFor(
  context: OnCallViewContext,
  credentials: BackstageCredentials,
): Promise<IsChanger> {
  const principal = credentials.principal as {
    type: string;
    userEntityRef?: string;
  };
  const userRef = principal.userEntityRef;
  if (principal.type !== 'user' || !userRef) {
    return () => false;
  }
  const organisation = await context.organisation.current();
  return rotation =>
    rotation.provider === NATIVE_PROVIDER_ID &&
    context.access.mayChange(rotation, organisation, userRef);
}
