import type { Severity } from '@localplus/plugin-oncall-common';
import type { RotationService } from '../../services/RotationService/RotationService';

/** Who a page is for: its rotation, and who held the roles when it fired. */
export interface PageAttribution {
  rotation: string;
  primary?: string;
  secondary?: string;
  acknowledgeTargetMinutes?: number;
}

/**
 * The rotation answering for `entityRef` (several may: the first is the one
 * paged) and its holders at `firedAt`; undefined when none answers (yet).
 */
export async function attributePage(
  rotations: RotationService,
  page: { entityRef: string; firedAt: string; severity: Severity },
): Promise<PageAttribution | undefined> {
  const [rotation] = await rotations.rotationsFor(page.entityRef);
  if (!rotation) {
    return undefined;
  }
  const { definition } = rotation;
  const onCall = await rotations.onCallAt(definition.name, page.firedAt);
  return {
    rotation: definition.name,
    primary: onCall.primary?.user,
    secondary: onCall.secondary?.user,
    acknowledgeTargetMinutes: definition.acknowledgeTargets[page.severity],
  };
}
