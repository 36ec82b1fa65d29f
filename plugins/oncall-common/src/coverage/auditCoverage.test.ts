import {
  ALICE,
  BOB,
  CHARLIE,
  DIANA,
  EVE,
  localplusWeekly,
} from '../__testUtils__/localplusWeekly';
import { override } from '../__testUtils__/overrides';
import type { RotationDefinition } from '../rotation/types';
import { auditCoverage } from './auditCoverage';

const EVERYONE = [ALICE, BOB, CHARLIE, DIANA, EVE];
const MARC = 'user:default/marc-lefevre';
// Weeks 1 and 2 of the seeds rotation: Monday 10:00 Paris is 09:00 UTC in winter.
const WEEK_1 = '2026-01-05T09:00:00.000Z';
const WEEK_2 = '2026-01-12T09:00:00.000Z';
const WEEK_3 = '2026-01-19T09:00:00.000Z';

function audit(
  definition: RotationDefinition,
  options: {
    overrides?: ReturnType<typeof override>[];
    ownerMembers?: string[];
    from?: string;
    to?: string;
  } = {},
) {
  return auditCoverage({
    rotations: [
      {
        definition,
        overrides: options.overrides ?? [],
        ownerMembers: options.ownerMembers ?? EVERYONE,
      },
    ],
    from: options.from ?? WEEK_1,
    to: options.to ?? WEEK_3,
  });
}

describe('auditCoverage', () => {
  it('finds nothing in the seeds rotation when its five people are the owning group', () => {
    expect(audit(localplusWeekly())).toEqual([]);
  });

  it('reports the span before the first shift as a primary gap', () => {
    expect(audit(localplusWeekly(), { from: '2026-01-04T09:00:00.000Z' })).toEqual([
      {
        type: 'gap',
        rotation: 'localplus-weekly',
        role: 'primary',
        start: '2026-01-04T09:00:00.000Z',
        end: WEEK_1,
      },
    ]);
  });

  it('reports the whole range when no layer gives a primary, and each one-person layer', () => {
    const definition = localplusWeekly();
    const secondaryOnly: RotationDefinition = {
      ...definition,
      layers: [{ ...definition.layers[1], members: [BOB, BOB] }],
    };
    expect(audit(secondaryOnly)).toEqual([
      {
        type: 'gap',
        rotation: 'localplus-weekly',
        role: 'primary',
        start: WEEK_1,
        end: WEEK_3,
      },
      {
        type: 'single-person-layer',
        rotation: 'localplus-weekly',
        layer: 'secondary',
        user: BOB,
      },
    ]);
  });

  it('closes a gap with an override and splits it around a shorter one', () => {
    const definition = localplusWeekly();
    const noPrimary = { ...definition, layers: [definition.layers[1]] };
    const cover = override('primary', ALICE, WEEK_1, '2026-01-08T09:00:00.000Z');
    expect(
      audit(noPrimary, { overrides: [cover] }).map(f =>
        f.type === 'gap' ? [f.start, f.end] : f.type,
      ),
    ).toEqual([['2026-01-08T09:00:00.000Z', WEEK_3]]);
  });

  it('names people on call outside the owning group with their first instant on call', () => {
    const findings = audit(localplusWeekly(), {
      ownerMembers: [ALICE, BOB],
      overrides: [
        override('secondary', MARC, '2026-01-06T20:00:00.000Z', '2026-01-07T06:00:00.000Z'),
      ],
    });
    expect(findings).toEqual([
      {
        type: 'not-in-owning-group',
        rotation: 'localplus-weekly',
        user: MARC,
        owner: 'group:default/localplus-oncall',
        firstShiftStart: '2026-01-06T20:00:00.000Z',
      },
      {
        type: 'not-in-owning-group',
        rotation: 'localplus-weekly',
        user: CHARLIE,
        owner: 'group:default/localplus-oncall',
        firstShiftStart: WEEK_2,
      },
    ]);
  });

  it('ignores people who are outside the group but not on call in the range', () => {
    // Diana and Eve are members of the layers but hold no shift in weeks 1-2.
    expect(
      audit(localplusWeekly(), { ownerMembers: [ALICE, BOB, CHARLIE] }),
    ).toEqual([]);
  });

  it('finds nothing in an empty range and refuses a bad one', () => {
    expect(audit(localplusWeekly(), { from: WEEK_2, to: WEEK_2 })).toEqual([]);
    expect(() => audit(localplusWeekly(), { from: 'monday' })).toThrow(
      'from must be an ISO-8601 instant',
    );
    expect(() =>
      audit(localplusWeekly(), { to: '2029-01-01T00:00:00Z' }),
    ).toThrow('the range must be at most 731 days long');
  });
});
