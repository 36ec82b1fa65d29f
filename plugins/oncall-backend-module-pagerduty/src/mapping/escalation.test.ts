import {
  checkoutPolicy,
  users as pagerDutyUsers,
} from '../__fixtures__/pagerDutyAccount';
import { escalationPolicySchema } from '../client/schemas';
import { mapEscalation, roleSchedules } from './escalation';
import { RotationUsers, UserDirectory } from './users';

const policy = (changes: object = {}) =>
  escalationPolicySchema.parse({
    ...structuredClone(checkoutPolicy),
    ...changes,
  });

const users = () =>
  new RotationUsers(
    new UserDirectory(
      pagerDutyUsers.map(u => ({ id: u.id, name: u.name, email: u.email })),
      new Map([['ken@acme.example', 'user:default/ken']]),
    ),
  );

describe('roleSchedules', () => {
  it("takes the first rule's schedule as primary and the second's as secondary", () => {
    expect(roleSchedules(policy())).toEqual({
      primary: 'PPRIM01',
      secondary: 'PSECN01',
    });
  });

  it('does not make one schedule both roles', () => {
    const source = policy();
    source.escalation_rules[1].targets = source.escalation_rules[0].targets;

    expect(roleSchedules(source)).toEqual({ primary: 'PPRIM01' });
  });
});

describe('mapEscalation', () => {
  it('reaches each rule after the delays of the rules before it', () => {
    const source = policy();

    const { steps, problems } = mapEscalation(
      source,
      roleSchedules(source),
      users(),
    );

    expect(problems).toEqual([]);
    expect(steps).toEqual([
      {
        afterMinutes: 0,
        title: 'Primary on call (Checkout primary)',
        target: { type: 'role', role: 'primary' },
      },
      {
        afterMinutes: 15,
        title: 'Secondary on call (Checkout secondary)',
        target: { type: 'role', role: 'secondary' },
      },
      {
        afterMinutes: 35,
        title: 'Ken Thompson',
        target: { type: 'user', ref: 'user:default/ken' },
      },
    ]);
  });

  it('reports targets it cannot express and keeps the rest', () => {
    const source = policy();
    source.escalation_rules[2].targets.push(
      {
        id: 'PTHIRD1',
        type: 'schedule_reference',
        summary: 'Database experts',
      },
      { id: 'PTEAM01', type: 'team_reference', summary: 'Platform' },
    );

    const { steps, problems } = mapEscalation(
      source,
      roleSchedules(source),
      users(),
    );

    expect(steps).toHaveLength(3);
    expect(problems).toEqual([
      {
        field: 'escalation_policies/PCHKEP1.escalation_rules[2].targets[1]',
        message:
          'rule 3 calls schedule Database experts, which is neither the primary (first rule) nor the secondary (second rule) schedule; the portal leaves that step out',
      },
      {
        field: 'escalation_policies/PCHKEP1.escalation_rules[2].targets[2]',
        message:
          'rule 3 calls a team_reference (Platform), which the portal cannot show; the step is left out',
      },
    ]);
  });
});
