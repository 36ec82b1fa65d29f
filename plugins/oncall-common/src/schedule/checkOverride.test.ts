import { override } from '../__testUtils__/overrides';
import {
  BOB,
  CHARLIE,
  localplusWeekly,
} from '../__testUtils__/localplusWeekly';
import { checkOverride } from './checkOverride';

const rotation = localplusWeekly();
const NOW = '2026-01-06T12:00:00Z';
const draft = {
  role: 'primary' as const,
  start: '2026-01-07T08:00:00Z',
  end: '2026-01-07T20:00:00Z',
  // Week 1 is Alice's (primary) and Bob's (secondary): Charlie is free.
  user: CHARLIE,
};

describe('checkOverride', () => {
  it('accepts a future override by a member', () => {
    expect(checkOverride(rotation, [], draft, NOW)).toBeUndefined();
  });

  it.each([
    [
      'an end before the start',
      { end: '2026-01-07T07:00:00Z' },
      'The override must end after it starts.',
    ],
    [
      'an end at the start',
      { end: draft.start },
      'The override must end after it starts.',
    ],
    [
      'a start in the past',
      { start: '2026-01-06T11:59:59Z' },
      'The override starts in the past: only future time can be handed over.',
    ],
    [
      'more than 8 weeks',
      { end: '2026-03-04T08:00:01Z' },
      'An override lasts at most 8 weeks.',
    ],
    [
      'someone outside the rotation',
      { user: 'user:default/mallory' },
      'user:default/mallory is not a member of any layer of LOCAL-PLUS weekly on-call.',
    ],
    [
      'an unreadable start',
      { start: 'soon' },
      'The start must be an ISO-8601 instant.',
    ],
    ['an unreadable end', { end: '' }, 'The end must be an ISO-8601 instant.'],
  ])('refuses %s', (_, change, refusal) => {
    expect(checkOverride(rotation, [], { ...draft, ...change }, NOW)).toBe(
      refusal,
    );
  });

  it('accepts exactly 8 weeks', () => {
    // Over 8 weeks everyone has a secondary week: a rotation of primaries only.
    const primaries = {
      ...rotation,
      layers: rotation.layers.filter(layer => layer.role === 'primary'),
    };
    expect(
      checkOverride(
        primaries,
        [],
        { ...draft, end: '2026-03-04T08:00:00Z' },
        NOW,
      ),
    ).toBeUndefined();
  });

  it('refuses to make the secondary primary as well', () => {
    expect(checkOverride(rotation, [], { ...draft, user: BOB }, NOW)).toBe(
      'user:default/bob is secondary from 2026-01-07T08:00:00.000Z to 2026-01-07T20:00:00.000Z: one person cannot hold both roles at once.',
    );
  });

  it('refuses to overlap an override of the same role', () => {
    const existing = override(
      'primary',
      'user:default/eve',
      '2026-01-07T19:00:00Z',
      '2026-01-08T00:00:00Z',
    );
    expect(checkOverride(rotation, [existing], draft, NOW)).toBe(
      'It overlaps the primary override of user:default/eve from 2026-01-07T19:00:00.000Z to 2026-01-08T00:00:00.000Z: cancel that one first.',
    );
  });

  it('lets overrides touch, and ignores other roles and rotations', () => {
    const existing = [
      override(
        'primary',
        'user:default/eve',
        draft.end,
        '2026-01-08T00:00:00Z',
      ),
      override('secondary', 'user:default/eve', draft.start, draft.end),
      override('primary', 'user:default/eve', draft.start, draft.end, {
        rotation: 'other',
      }),
    ];
    expect(checkOverride(rotation, existing, draft, NOW)).toBeUndefined();
  });
});
