import { loadCatalog } from '../docs/__testUtils__/contentModel';
import {
  complianceContent,
  loadComplianceFolder,
} from './__testUtils__/complianceFolder';
import { evidenceProblems, KNOWN_CHECKS } from './__testUtils__/knownChecks';

const { controls } = complianceContent(loadComplianceFolder());
const catalog = loadCatalog();
const entityRefs = new Set(
  catalog.map(
    ({ entity }) =>
      `${entity.kind.toLowerCase()}:default/${entity.metadata.name}`,
  ),
);

describe('the owners and the evidence of the controls', () => {
  it('gives every control an owner that is a Group of the catalog', () => {
    const groups = new Set(
      catalog
        .filter(({ entity }) => entity.kind === 'Group')
        .map(({ entity }) => `group:default/${entity.metadata.name}`),
    );
    const strangers = controls
      .filter(({ control }) => !groups.has(control.spec.owner))
      .map(({ control }) => `${control.metadata.id}: ${control.spec.owner}`);
    expect(strangers).toEqual([]);
  });

  it('leaves no control to the auditors, who must stay independent of what they audit', () => {
    const audited = controls
      .filter(({ control }) =>
        /\/(auditors|compliance)$/.test(control.spec.owner),
      )
      .map(({ control }) => control.metadata.id);
    expect(audited).toEqual([]);
  });

  it('cites only checks the collectors make, with parameters they read', () => {
    const problems = controls.flatMap(({ control }) =>
      control.spec.evidence
        .flatMap(evidence => evidenceProblems(evidence))
        .map(problem => `${control.metadata.id}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });

  it('names in parameters only entities of the catalog', () => {
    const refs = controls.flatMap(({ control }) =>
      control.spec.evidence.flatMap(evidence =>
        Object.values(evidence.params ?? {})
          .filter(
            (value): value is string =>
              typeof value === 'string' && /^[a-z]+:[a-z0-9-]+\//.test(value),
          )
          .map(ref => ({ control: control.metadata.id, ref })),
      ),
    );
    expect(refs.filter(({ ref }) => !entityRefs.has(ref))).toEqual([]);
  });

  it('puts every collector of the contract to use', () => {
    const cited = new Set(
      controls.flatMap(({ control }) =>
        control.spec.evidence.map(e => e.check),
      ),
    );
    const collectors = (checks: Iterable<string>) =>
      [...new Set([...checks].map(check => check.split('.')[0]))].sort();
    expect(collectors(cited)).toEqual(collectors(Object.keys(KNOWN_CHECKS)));
    // Every check is cited by some control, so no evidence is collected for nothing.
    expect(
      Object.keys(KNOWN_CHECKS).filter(check => !cited.has(check)),
    ).toEqual([]);
  });
});

describe('the evidence checker of these tests', () => {
  it('refuses an unknown check, an unknown parameter and a parameter of the wrong type', () => {
    expect(evidenceProblems({ check: 'catalog.owners' })).toEqual([
      'catalog.owners: no collector makes this check',
    ]);
    expect(
      evidenceProblems({
        check: 'kubernetes.log-retention',
        params: { maxdays: 30 },
      }),
    ).toEqual([
      'kubernetes.log-retention: the check reads no parameter "maxdays"',
    ]);
    expect(
      evidenceProblems({
        check: 'kubernetes.log-retention',
        params: { maxDays: '30' },
      }),
    ).toHaveLength(1);
    expect(
      evidenceProblems({
        check: 'kubernetes.log-retention',
        params: { maxDays: 1e300 },
      }),
    ).toHaveLength(1);
    expect(
      evidenceProblems({
        check: 'github.branch-protection',
        params: { minReviewsByTier: { T9: 2 } },
      }),
    ).toHaveLength(1);
    expect(
      evidenceProblems({
        check: 'oncall.page-acknowledgement',
        params: { targetMinutes: { P1: -5 } },
      }),
    ).toHaveLength(1);
    expect(
      evidenceProblems({
        check: 'catalog.lawful-basis',
        params: { consentApi: '../../etc/passwd' },
      }),
    ).toHaveLength(1);
  });
});
