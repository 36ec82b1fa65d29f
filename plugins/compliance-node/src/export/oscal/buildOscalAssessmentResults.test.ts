import type { ComplianceExportInput } from '../types';
import { buildExportInput } from '../../__testUtils__/exportInput';
import { buildOscalAssessmentResults } from './buildOscalAssessmentResults';
import type { OscalProperty, OscalResult } from './oscalDocument';
import { LOCALPLUS_OSCAL_NAMESPACE } from './oscalValues';
import { validateOscalAssessmentResults } from './validateOscalAssessmentResults';

/** The document as an auditor's tool reads it: the JSON text, parsed. */
function written(input: ComplianceExportInput) {
  return JSON.parse(JSON.stringify(buildOscalAssessmentResults(input)));
}

function resultOf(input: ComplianceExportInput): OscalResult {
  return written(input)['assessment-results'].results[0];
}

function propValue(props: OscalProperty[] | undefined, name: string) {
  const found = props?.filter(prop => prop.name === name);
  expect(found?.every(prop => prop.ns === LOCALPLUS_OSCAL_NAMESPACE)).toBe(
    true,
  );
  return found?.map(prop => prop.value);
}

const UUID_V5 =
  /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('buildOscalAssessmentResults', () => {
  it('writes a document valid against the NIST OSCAL 1.0.6 schema', () => {
    for (const options of [
      {},
      { anchored: false },
      { subjects: 1, runs: 1, controls: 1 },
    ]) {
      const validation = validateOscalAssessmentResults(
        written(buildExportInput(options)),
      );

      expect(validation.errors).toEqual([]);
      expect(validation.valid).toBe(true);
    }
  });

  it('states the OSCAL version, the period end as last-modified and an assessment plan', () => {
    const input = buildExportInput();
    const document = written(input)['assessment-results'];

    expect(document.metadata).toMatchObject({
      'oscal-version': '1.0.6',
      'last-modified': input.period.to,
      version: '2025.1',
    });
    expect(document.metadata.title).toContain('LOCAL-PLUS platform');
    expect(document['import-ap'].href).toBe('controls.csv');
    expect(
      written(input) &&
        buildOscalAssessmentResults(input, {
          assessmentPlanHref: 'https://example.com/controls',
        })['assessment-results']['import-ap'].href,
    ).toBe('https://example.com/controls');
    expect(document.results).toHaveLength(1);
    expect(document.results[0]).toMatchObject({
      start: input.period.from,
      end: input.period.to,
    });
  });

  it('reviews every control by its id as a lower-case token', () => {
    const input = buildExportInput();
    input.controls.push({
      ...input.controls[0],
      id: '2fa-admins',
      title: 'Admins use 2FA',
    });

    const selection =
      resultOf(input)['reviewed-controls']['control-selections'][0];

    expect(
      selection['include-controls'].map(item => item['control-id']),
    ).toEqual([
      '_2fa-admins',
      'access-control',
      'branch-protection',
      'gdpr-eu-residency',
      'pci-no-card-data',
      'service-ownership',
      'workload-hardening',
    ]);
  });

  it('collapses repeated observations into one per streak and keeps every change', () => {
    const input = buildExportInput({ subjects: 6, runs: 5 });
    const observations = resultOf(input).observations!;

    // Expected streaks, counted independently: a new one whenever a check
    // and subject says something else than in the run before.
    const lastResult = new Map<string, string>();
    let expected = 0;
    for (const observation of [...input.observations].sort(
      (a, b) => a.sequence - b.sequence,
    )) {
      const key = `${observation.check} ${observation.subject}`;
      if (lastResult.get(key) !== observation.summary) expected += 1;
      lastResult.set(key, observation.summary);
    }
    expect(observations).toHaveLength(expected);
    expect(observations.length).toBeLessThan(input.observations.length);

    const counts = observations.map(item =>
      Number(propValue(item.props, 'observation-count')![0]),
    );
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(
      input.observations.length,
    );
  });

  it('gives each observation its first and last time, method, subject and ledger evidence', () => {
    const input = buildExportInput({ subjects: 2, runs: 3 });
    const result = resultOf(input);
    const hashes = new Map(
      input.ledger.records.map(record => [record.hash, record.sequence]),
    );
    const inventory = new Set(
      result['local-definitions']!['inventory-items']!.map(item => item.uuid),
    );
    const tools = new Set(
      result['local-definitions']!['assessment-assets']!.components!.map(
        item => item.uuid,
      ),
    );

    for (const observation of result.observations!) {
      const count = Number(
        propValue(observation.props, 'observation-count')![0],
      );
      const [first] = propValue(observation.props, 'first-observed')!;
      const [last] = propValue(observation.props, 'last-observed')!;
      expect(Date.parse(first)).toBeLessThanOrEqual(Date.parse(last));
      expect(observation.collected).toBe(last);
      expect(['EXAMINE', 'TEST']).toContain(observation.methods[0]);
      expect(inventory.has(observation.subjects![0]['subject-uuid'])).toBe(
        true,
      );
      expect(tools.has(observation.origins![0].actors[0]['actor-uuid'])).toBe(
        true,
      );

      const evidence = observation['relevant-evidence']!;
      expect(evidence).toHaveLength(count > 1 ? 2 : 1);
      for (const item of evidence) {
        const [hash] = propValue(item.props, 'ledger-hash')!;
        const [sequence] = propValue(item.props, 'ledger-sequence')!;
        expect(hashes.get(hash)).toBe(Number(sequence));
        expect(item.href).toBe(`ledger.jsonl#sequence=${sequence}`);
      }
    }
    const github = result.observations!.find(item =>
      item.title.startsWith('github.'),
    );
    expect(github?.methods).toEqual(['TEST']);
  });

  it('writes one finding per control, satisfied only when coverage held all the period', () => {
    const input = buildExportInput({ subjects: 3, runs: 4 });
    const alwaysSatisfied = input.controls[1].id;
    input.coverage[alwaysSatisfied] = {
      ...input.coverage[alwaysSatisfied],
      satisfiedRatio: 1,
    };
    input.coverage[input.controls[2].id] = {
      satisfiedRatio: null,
      satisfiedMs: 0,
      notSatisfiedMs: 0,
      errorMs: 0,
      unevaluatedMs: 1,
      runs: 0,
    };
    const result = resultOf(input);
    const observationUuids = new Set(
      result.observations!.map(item => item.uuid),
    );

    expect(result.findings).toHaveLength(input.controls.length);
    for (const finding of result.findings!) {
      const control = input.controls.find(
        item => item.title === finding.title,
      )!;
      const ratio = input.coverage[control.id].satisfiedRatio;
      expect(finding.target.status.state).toBe(
        ratio === 1 ? 'satisfied' : 'not-satisfied',
      );
      const reasons = { null: 'other', 1: 'pass' } as Record<string, string>;
      expect(finding.target.status.reason).toBe(
        reasons[String(ratio)] ?? 'fail',
      );
      expect(propValue(finding.target.props, 'coverage-ratio')).toEqual(
        ratio === null ? [] : [String(Math.round(ratio * 10_000) / 10_000)],
      );
      expect(propValue(finding.props, 'requirement')).toEqual(
        control.requirements,
      );
      expect(finding.target['target-id']).toBe(`${control.id}_obj`);
      const related = finding['related-observations']!.map(
        item => item['observation-uuid'],
      );
      expect(related.every(uuid => observationUuids.has(uuid))).toBe(true);
      const checks = result
        .observations!.filter(item => related.includes(item.uuid))
        .map(item => propValue(item.props, 'check')![0]);
      expect(new Set(checks)).toEqual(
        new Set(control.evidence.map(item => item.check)),
      );
    }
  });

  it('links requirements to the frameworks in the back matter', () => {
    const document = written(buildExportInput())['assessment-results'];
    const resources = new Map<string, string>(
      document['back-matter'].resources.map(
        (resource: { uuid: string; title: string }) => [
          `#${resource.uuid}`,
          resource.title,
        ],
      ),
    );
    const finding = document.results[0].findings.find(
      (item: { title: string }) =>
        item.title === 'Changes to main are reviewed',
    );

    expect(
      finding.links
        .filter(
          (link: { text: string }) => link.text !== 'Control documentation',
        )
        .map(
          (link: { href: string; text: string }) =>
            `${resources.get(link.href)}: ${link.text}`,
        ),
    ).toEqual(['SOC 2: soc2 CC8.1', 'PCI DSS: pci-dss 6.5.1']);
  });

  it('records exemptions as risks with the deviation status at the end of the period', () => {
    const input = buildExportInput();
    input.exemptions.push({
      ...input.exemptions[0],
      id: 'ex-expired',
      expiresAt: '2025-02-01T00:00:00.000Z',
    });
    const result = resultOf(input);
    // OSCAL 1.0.6 allows a risk only NIST's properties: the exemption's
    // id is on the log entry of its request.
    const byId = new Map(
      result.risks!.map(risk => [
        propValue(risk['risk-log']!.entries[0].props, 'exemption-id')![0],
        risk,
      ]),
    );

    expect(byId.get('ex-approved')).toMatchObject({
      status: 'deviation-approved',
      deadline: input.exemptions[0].expiresAt,
      description: input.exemptions[0].justification,
    });
    expect(
      byId
        .get('ex-approved')!
        ['risk-log']!.entries.map(entry => entry['status-change']),
    ).toEqual(['deviation-requested', 'deviation-approved']);
    expect(byId.get('ex-requested')!.status).toBe('deviation-requested');
    expect(byId.get('ex-rejected')!.status).toBe('closed');
    expect(byId.get('ex-expired')!.status).toBe('closed');

    const finding = result.findings!.find(
      item => item.title === input.controls[0].title,
    )!;
    expect(
      finding['related-risks']!.map(item => item['risk-uuid']).sort(),
    ).toEqual(
      ['ex-approved', 'ex-rejected', 'ex-expired']
        .map(id => byId.get(id)!.uuid)
        .sort(),
    );
  });

  it('is the same document for the same input, whatever order the store returned rows in', () => {
    const input = buildExportInput({ subjects: 5, runs: 4 });
    const shuffled: ComplianceExportInput = {
      ...input,
      controls: [...input.controls].reverse(),
      frameworks: [...input.frameworks].reverse(),
      observations: [...input.observations].reverse(),
      evaluations: [...input.evaluations].reverse(),
      exemptions: [...input.exemptions].reverse(),
      runs: [...input.runs].reverse(),
    };

    expect(JSON.stringify(buildOscalAssessmentResults(shuffled))).toBe(
      JSON.stringify(buildOscalAssessmentResults(input)),
    );
  });

  it('derives unique uuids (v5) from the content only', () => {
    const text = JSON.stringify(
      buildOscalAssessmentResults(buildExportInput({ subjects: 5 })),
    );
    const uuids = [...text.matchAll(/"(?:uuid)":"([^"]+)"/g)].map(
      match => match[1],
    );

    expect(uuids.length).toBeGreaterThan(50);
    expect(uuids.every(uuid => UUID_V5.test(uuid))).toBe(true);
    expect(new Set(uuids).size).toBe(uuids.length);
  });

  it('keeps the document valid with hostile text in summaries, titles and versions', () => {
    const input = buildExportInput({ subjects: 2, runs: 2 });
    input.system.version = '  ';
    input.controls[0].title = '  Multi\nline\ttitle  ';
    input.controls[0].documentation = 'not a uri with spaces';
    input.observations[0].summary = '';
    input.observations[1].summary = ' \n ';
    input.observations[2].examined = [
      { type: 'weird type!', ref: '  ', href: 'x y' },
    ];
    input.observations[3].entityRef = '\n';

    const validation = validateOscalAssessmentResults(written(input));

    expect(validation.errors).toEqual([]);
  });

  it.each([
    [
      'a period start that is not a date',
      { from: 'yesterday' },
      'period.from is not a date: "yesterday"',
    ],
    [
      'a period end before its start',
      { to: '2024-01-01T00:00:00Z' },
      'must be after period.from',
    ],
    [
      'a period OSCAL cannot date',
      { from: '1800-01-01T00:00:00Z' },
      'outside the years OSCAL accepts',
    ],
  ])('refuses %s', (_name, change, message) => {
    const input = buildExportInput({ subjects: 1, runs: 1 });
    input.period = { ...input.period, ...change };

    expect(() => buildOscalAssessmentResults(input)).toThrow(message);
  });

  it('names the observation whose date is wrong', () => {
    const input = buildExportInput({ subjects: 1, runs: 1 });
    input.observations[0].observedAt = 'soon';

    expect(() => buildOscalAssessmentResults(input)).toThrow(
      `observation ${input.observations[0].sequence} observedAt is not a date`,
    );
  });
});
