import type { OnCallOverview } from '@localplus/plugin-oncall-common';

export type MyRotation = OnCallOverview['rotations'][number] & {
  /** The person's groups' services among those the rotation answers for. */
  myServices: string[];
};

/**
 * The rotations that matter to someone: those answering for a service one
 * of their groups owns, and those their groups own or that cover them (the
 * responders' own rotation), most of their services first.
 */
export function myRotations(
  overview: OnCallOverview,
  ownedServices: Set<string>,
  ownershipRefs: Set<string>,
): MyRotation[] {
  return overview.rotations
    .map(rotation => ({
      ...rotation,
      myServices: rotation.services.filter(ref => ownedServices.has(ref)),
    }))
    .filter(
      rotation =>
        rotation.myServices.length > 0 ||
        ownershipRefs.has(rotation.summary.owner) ||
        rotation.summary.covers.some(ref => ownershipRefs.has(ref)),
    )
    .sort((a, b) => b.myServices.length - a.myServices.length);
}
