import type {
  ComplianceControl,
  ComplianceFramework,
  ComplianceStatusResponse,
} from '@localplus/plugin-compliance-common';

export type IndexedFramework = ComplianceStatusResponse['frameworks'][number];

/**
 * The crosswalk seen from each framework: for every requirement, the
 * controls serving it. A requirement no control serves keeps an empty list,
 * so the page shows the gap instead of hiding it.
 */
export function indexFrameworks(
  frameworks: ComplianceFramework[],
  controls: ComplianceControl[],
): IndexedFramework[] {
  return frameworks.map(framework => {
    const controlsByRequirement: Record<string, string[]> = {};
    for (const requirement of framework.requirements) {
      const ref = `${framework.id}:${requirement.id}`;
      controlsByRequirement[requirement.id] = controls
        .filter(control => control.requirements.includes(ref))
        .map(control => control.id);
    }
    return { ...framework, controlsByRequirement };
  });
}

/** The controls serving at least one requirement of the framework. */
export function controlsOfFramework(framework: IndexedFramework): Set<string> {
  return new Set(Object.values(framework.controlsByRequirement).flat());
}
