import type { ComplianceFramework } from '@localplus/plugin-compliance-common';

/**
 * `soc2:CC6.1` as people write it, `SOC 2 CC6.1`, with the framework's
 * title when it is known and its id otherwise.
 */
export function requirementLabel(
  requirementRef: string,
  frameworks: Pick<ComplianceFramework, 'id' | 'title'>[] = [],
): string {
  const colon = requirementRef.indexOf(':');
  if (colon < 0) {
    return requirementRef;
  }
  const frameworkId = requirementRef.slice(0, colon);
  const requirement = requirementRef.slice(colon + 1);
  const framework = frameworks.find(f => f.id === frameworkId);
  return `${
    framework?.title ?? frameworkId.toLocaleUpperCase('en-US')
  } ${requirement}`;
}

/** Whether a control serving these requirements belongs to the framework. */
export function servesFramework(
  requirements: string[],
  frameworkId: string,
): boolean {
  return requirements.some(ref => ref.startsWith(`${frameworkId}:`));
}
