import {
  CHARLIE,
  DIANA,
  localplusWeekly,
} from '../__testUtils__/localplusWeekly';
import { onCallAt } from '../schedule/onCallAt';
import { escalationStepDue, resolveEscalation } from './resolveEscalation';

const rotation = localplusWeekly();
const SOFIA = 'user:default/sofia-benali';
const MARC = 'user:default/marc-lefevre';
const groups = (ref: string) =>
  ref === 'group:default/tech-leads' ? [SOFIA, MARC, SOFIA] : [];

describe('resolveEscalation', () => {
  it('calls the holders, the tech leads and management on 2026-12-04', () => {
    const now = onCallAt(rotation, [], '2026-12-04T12:00:00Z');
    const steps = resolveEscalation(rotation, now, groups);
    expect(
      steps.map(step => [step.afterMinutes, step.title, step.people]),
    ).toEqual([
      [0, 'Primary on call', [CHARLIE]],
      [15, 'Secondary on call', [DIANA]],
      [30, 'Incident commander', [SOFIA, MARC]],
      [60, 'Management', [MARC]],
    ]);
    expect(steps[2].target).toEqual({
      type: 'group',
      ref: 'group:default/tech-leads',
    });
  });

  it('calls nobody for a role nobody holds', () => {
    const before = onCallAt(rotation, [], '2025-12-01T00:00:00Z');
    const steps = resolveEscalation(rotation, before, () => []);
    expect(steps.map(step => step.people)).toEqual([[], [], [], [MARC]]);
  });
});

describe('escalationStepDue', () => {
  const fired = '2026-12-04T03:00:00Z';
  it.each([
    ['2026-12-04T02:59:00Z', -1],
    ['2026-12-04T03:00:00Z', 0],
    ['2026-12-04T03:14:59Z', 0],
    ['2026-12-04T03:15:00Z', 1],
    ['2026-12-04T03:45:00Z', 2],
    ['2026-12-04T04:00:00Z', 3],
    ['2026-12-05T03:00:00Z', 3],
  ])('at %s is step %i', (at, step) => {
    expect(escalationStepDue(rotation, fired, at)).toBe(step);
  });

  it('is -1 for a rotation without steps', () => {
    expect(
      escalationStepDue(
        { ...rotation, escalation: [] },
        fired,
        '2026-12-05T00:00:00Z',
      ),
    ).toBe(-1);
  });

  it('refuses unreadable instants', () => {
    expect(() => escalationStepDue(rotation, 'x', fired)).toThrow(
      'firedAt must be an ISO-8601 instant',
    );
  });
});
