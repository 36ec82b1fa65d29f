import type { ComplianceExportInput } from '../types';
import { buildExportInput } from '../../__testUtils__/exportInput';
import { buildOscalAssessmentResults } from './buildOscalAssessmentResults';
import { partyType } from './oscalParties';
import { validateOscalAssessmentResults } from './validateOscalAssessmentResults';

function written(input: ComplianceExportInput) {
  return JSON.parse(JSON.stringify(buildOscalAssessmentResults(input)))[
    'assessment-results'
  ];
}

function riskOf(document: any, exemptionId: string) {
  return document.results[0].risks.find((risk: any) =>
    risk['risk-log'].entries[0].props.some(
      (prop: any) => prop.name === 'exemption-id' && prop.value === exemptionId,
    ),
  );
}

describe('the people and teams of an export', () => {
  it('defines every control owner, requester and approver as a party in the role played', () => {
    const metadata = written(buildExportInput()).metadata;
    const nameOf = new Map<string, string>(
      metadata.parties.map((party: any) => [party.uuid, party.name]),
    );

    expect(metadata.roles.map((role: any) => role.id)).toEqual([
      'control-owner',
      'exemption-requester',
      'exemption-approver',
    ]);
    expect(
      Object.fromEntries(
        metadata['responsible-parties'].map((item: any) => [
          item['role-id'],
          item['party-uuids'].map((uuid: string) => nameOf.get(uuid)),
        ]),
      ),
    ).toEqual({
      'control-owner': ['group:default/team-security'],
      'exemption-requester': [
        'user:default/alice',
        'user:default/bob',
        'user:default/carol',
      ],
      'exemption-approver': ['user:default/sam-security'],
    });
    expect(
      metadata.parties.map((party: any) => `${party.name} ${party.type}`),
    ).toEqual([
      'group:default/team-security organization',
      'user:default/alice person',
      'user:default/bob person',
      'user:default/carol person',
      'user:default/sam-security person',
    ]);
  });

  it('logs who asked for each exemption and who decided it, as parties', () => {
    const document = written(buildExportInput());
    const uuidOf = new Map<string, string>(
      document.metadata.parties.map((party: any) => [party.name, party.uuid]),
    );

    const approved = riskOf(document, 'ex-approved');
    expect(approved.origins).toEqual([
      {
        actors: [
          {
            type: 'party',
            'actor-uuid': uuidOf.get('user:default/alice'),
            'role-id': 'exemption-requester',
          },
        ],
      },
    ]);
    expect(
      approved['risk-log'].entries.map((entry: any) => entry['logged-by']),
    ).toEqual([
      [
        {
          'party-uuid': uuidOf.get('user:default/alice'),
          'role-id': 'exemption-requester',
        },
      ],
      [
        {
          'party-uuid': uuidOf.get('user:default/sam-security'),
          'role-id': 'exemption-approver',
        },
      ],
    ]);
    expect(riskOf(document, 'ex-requested')['risk-log'].entries).toHaveLength(
      1,
    );
  });

  it("relates an exemption to the observations of its control's checks on its subject", () => {
    const input = buildExportInput({ subjects: 3, runs: 3 });
    const document = written(input);
    const titles = new Map<string, string>(
      document.results[0].observations.map((item: any) => [
        item.uuid,
        item.title,
      ]),
    );
    const exemption = input.exemptions[0];
    const check = input.controls.find(
      control => control.id === exemption.controlId,
    )!.evidence[0].check;

    const related = riskOf(document, exemption.id)['related-observations'];

    expect(related.length).toBeGreaterThan(0);
    for (const item of related) {
      expect(titles.get(item['observation-uuid'])).toBe(
        `${check} on ${exemption.subject}`,
      );
    }
  });

  it('names no party for a ref that is neither a user nor a group, and keeps it in text', () => {
    const input = buildExportInput({ subjects: 1, runs: 1 });
    input.controls.forEach(control => (control.owner = 'team-security'));
    input.exemptions.forEach(exemption => {
      exemption.requestedBy = 'service-account-42';
      if (exemption.decidedBy) exemption.decidedBy = 'system:default/job';
    });
    const document = written(input);
    const approved = riskOf(document, 'ex-approved');

    expect(document.metadata).not.toHaveProperty('parties');
    expect(document.metadata).not.toHaveProperty('roles');
    expect(approved.origins).toBeUndefined();
    expect(approved['risk-log'].entries[0]['logged-by']).toBeUndefined();
    expect(approved['risk-log'].entries[0].title).toBe(
      'Requested by service-account-42',
    );
    expect(
      validateOscalAssessmentResults({ 'assessment-results': document }).errors,
    ).toEqual([]);
  });

  it.each([
    ['user:default/alice', 'person'],
    ['User:default/alice', 'person'],
    ['group:default/team-security', 'organization'],
    ['component:default/svc', undefined],
    ['alice', undefined],
    ['', undefined],
  ])('takes %s for a party of type %s', (ref, type) => {
    expect(partyType(ref)).toBe(type);
  });
});
