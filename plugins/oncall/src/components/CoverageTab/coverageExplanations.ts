import type { CoverageFinding } from '@localplus/plugin-oncall-common';

type FindingType = CoverageFinding['type'];

/** What each kind of finding means and what to do about it, in plain words. */
export const COVERAGE_EXPLANATIONS: Record<
  FindingType,
  { title: string; explanation: string }
> = {
  gap: {
    title: 'Nobody on call',
    explanation:
      'No layer and no override puts anyone in the role over these spans: a page would reach nobody at that step of the escalation. Add an override, or a layer that covers the span.',
  },
  'single-person-layer': {
    title: 'Layers with a single person',
    explanation:
      'A layer with one member puts the same person on call every shift, with nobody to hand over to and nobody to cover for illness or leave. Add members to the layer.',
  },
  'not-in-owning-group': {
    title: 'On call outside the owning group',
    explanation:
      "These people hold shifts of a rotation whose owning group they do not belong to: they may lack the access, the runbooks' context or the alerts of the services. Add them to the group, or change the layer.",
  },
  'critical-service-without-rotation': {
    title: 'Critical services without a rotation',
    explanation:
      'These services are marked critical, yet no rotation answers for their owner: an alert on them pages nobody. Have the owning group declare a rotation, or cover it from a parent group.',
  },
};

/** The order the groups are shown in: what pages nobody first. */
export const FINDING_ORDER: FindingType[] = [
  'gap',
  'critical-service-without-rotation',
  'not-in-owning-group',
  'single-person-layer',
];

/** The findings by type, in FINDING_ORDER, leaving out types with none. */
export function groupFindings(
  findings: CoverageFinding[],
): Array<{ type: FindingType; findings: CoverageFinding[] }> {
  return FINDING_ORDER.map(type => ({
    type,
    findings: findings.filter(finding => finding.type === type),
  })).filter(group => group.findings.length > 0);
}
