import type { RotationSummary } from '@localplus/plugin-oncall-common';
import type { ProvidedRotation } from '@localplus/plugin-oncall-node';

/** A rotation as the lists and cards show it. */
export function rotationSummary(
  rotation: ProvidedRotation,
  callerIsChanger: boolean,
): RotationSummary {
  const { definition } = rotation;
  return {
    name: definition.name,
    title: definition.title,
    ...(definition.description ? { description: definition.description } : {}),
    provider: rotation.provider,
    source: rotation.source,
    owner: definition.owner,
    covers: definition.covers,
    timeZone: definition.timeZone,
    handoff: definition.handoff.description,
    layers: definition.layers.map(layer => ({
      name: layer.name,
      role: layer.role,
      members: layer.members,
    })),
    escalation: definition.escalation,
    acknowledgeTargets: definition.acknowledgeTargets,
    callerIsChanger,
  };
}
