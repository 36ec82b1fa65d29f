import { usePermission } from '@backstage/plugin-permission-react';
import {
  oncallOverrideCreatePermission,
  oncallOverrideDeletePermission,
  type RotationSummary,
} from '@localplus/plugin-oncall-common';

/** What the signed-in person may change on one rotation. */
export type RotationChangeRights = {
  canOverride: boolean;
  canCancel: boolean;
  /**
   * Counted among the rotation's changers (one of its people or leads),
   * but their roles do not grant `oncall.override.create`.
   */
  refusedByRoles: boolean;
};

/**
 * Both rules the backend applies to an override: the rotation's own (its
 * people and the leads of its groups, `callerIsChanger` from the backend)
 * and the permission policy's, asked here as for every button. The page
 * asks the policy rather than the on-call backend asking on the person's
 * behalf, so opening the page is not recorded as an attempt to change the
 * rotation. Each right is false until the policy has answered, so a form
 * appears only once allowed. The backend checks both again on every change.
 */
export function useRotationChangeRights(
  summary: RotationSummary,
): RotationChangeRights {
  const creating = usePermission({
    permission: oncallOverrideCreatePermission,
  });
  const cancelling = usePermission({
    permission: oncallOverrideDeletePermission,
  });
  const changer = summary.callerIsChanger;
  return {
    canOverride: changer && creating.allowed,
    canCancel: changer && cancelling.allowed,
    refusedByRoles: changer && !creating.loading && !creating.allowed,
  };
}
