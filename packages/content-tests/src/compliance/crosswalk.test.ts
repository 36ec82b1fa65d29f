import {
  complianceContent,
  loadComplianceFolder,
  splitRequirementRef,
} from './__testUtils__/complianceFolder';
import { docsLinkProblem } from './__testUtils__/docsSections';

/**
 * The crosswalk between controls and framework requirements. A framework
 * file lists only the requirements the portal's controls serve (the others
 * are named on the framework's documentation page, under "Not evidenced in
 * the portal"), so every listed requirement must have a control, and every
 * requirement a control cites must be listed.
 */
const { frameworks, controls } = complianceContent(loadComplianceFolder());

const requirementIds = new Map(
  frameworks.map(({ framework }) => [
    framework.metadata.id,
    new Set(framework.spec.requirements.map(r => r.id)),
  ]),
);

describe('the crosswalk between controls and frameworks', () => {
  it('cites only requirements that a framework file lists', () => {
    const unknown = controls.flatMap(({ control }) =>
      control.spec.requirements
        .filter(ref => {
          const { framework, requirement } = splitRequirementRef(ref);
          return !requirementIds.get(framework)?.has(requirement);
        })
        .map(ref => `${control.metadata.id}: ${ref}`),
    );
    expect(unknown).toEqual([]);
  });

  it('serves every requirement of every framework with at least one control', () => {
    const served = new Set(
      controls.flatMap(({ control }) => control.spec.requirements),
    );
    const unserved = frameworks.flatMap(({ framework }) =>
      framework.spec.requirements
        .map(r => `${framework.metadata.id}:${r.id}`)
        .filter(ref => !served.has(ref)),
    );
    expect(unserved).toEqual([]);
  });

  it('maps the controls to all three frameworks, several of them to more than one', () => {
    const frameworksOf = (refs: string[]) =>
      new Set(refs.map(ref => splitRequirementRef(ref).framework));
    for (const id of requirementIds.keys()) {
      expect([
        id,
        controls.some(({ control }) =>
          frameworksOf(control.spec.requirements).has(id),
        ),
      ]).toEqual([id, true]);
    }
    expect(
      controls.filter(
        ({ control }) => frameworksOf(control.spec.requirements).size > 1,
      ).length,
    ).toBeGreaterThanOrEqual(5);
  });

  it('points each framework and each control at a section of the platform documentation', () => {
    const links = [
      ...frameworks.map(({ framework }) => [
        framework.metadata.id,
        framework.spec.documentation,
      ]),
      ...controls.map(({ control }) => [
        control.metadata.id,
        control.spec.documentation,
      ]),
    ];
    const problems = links.map(([id, link]) =>
      link ? docsLinkProblem(link) : `${id}: no documentation link`,
    );
    expect(problems.filter(Boolean)).toEqual([]);
  });

  it('uses the framework editions the requirement ids refer to', () => {
    const pci = frameworks.find(f => f.framework.metadata.id === 'pci-dss')!;
    const soc2 = frameworks.find(f => f.framework.metadata.id === 'soc2')!;
    const gdpr = frameworks.find(f => f.framework.metadata.id === 'gdpr')!;
    // PCI DSS v4 numbers requirements 1 to 12 with up to three more levels.
    expect(
      pci.framework.spec.requirements.filter(
        r => !/^(1[0-2]|[1-9])(\.\d+){1,3}$/.test(r.id),
      ),
    ).toEqual([]);
    // The common criteria of the 2017 Trust Services Criteria: CC1.1 to CC9.2.
    expect(
      soc2.framework.spec.requirements.filter(
        r => !/^CC[1-9]\.[1-8]$/.test(r.id),
      ),
    ).toEqual([]);
    // GDPR articles 1 to 99, with paragraph and point: Art.5(1)(c).
    expect(
      gdpr.framework.spec.requirements.filter(
        r => !/^Art\.([1-9]\d?)(\(\d+\))?(\([a-z]\))?$/.test(r.id),
      ),
    ).toEqual([]);
  });
});
