import { normaliseStatus, statusTextOf } from './decisionStatus';

describe('normaliseStatus', () => {
  it.each([
    ['Accepted', 'accepted'],
    ['accepted ✅', 'accepted'],
    ['✅ Accepted', 'accepted'],
    ['**Approved**', 'accepted'],
    [
      'Accepted (the decision to defer; the product choice is open)',
      'accepted',
    ],
    ['Superseded by [ADR-0012](0012-x.md)', 'superseded'],
    ['Superceded by [2. Second](0002-second.md)', 'superseded'],
    ['superseded', 'superseded'],
    ['Deprecated', 'deprecated'],
    ['rejected', 'rejected'],
    ['Declined', 'rejected'],
    ['proposed', 'proposed'],
    ['draft', 'proposed'],
    ['In review', 'proposed'],
    ['Implemented', 'accepted'],
    ['Decided (2024-03-01)', 'accepted'],
    ['Open', 'proposed'],
    ['Under discussion', 'proposed'],
    ['Not accepted', 'rejected'],
    ['Withdrawn by the author', 'rejected'],
    ['Archived', 'deprecated'],
    ['opening soon', 'unknown'],
    ['on hold until Q3', 'unknown'],
    ['{proposed | rejected | accepted}', 'proposed'],
    ['', 'unknown'],
    ['<img src=x onerror=alert(1)>', 'unknown'],
  ])('reads %p as %p', (text, expected) => {
    expect(normaliseStatus(text)).toBe(expected);
  });
});

describe('statusTextOf', () => {
  it('keeps the words, without links, markup or HTML', () => {
    expect(statusTextOf('**Superseded** by [ADR-0012](0012-x.md)')).toBe(
      'Superseded by ADR-0012',
    );
    expect(statusTextOf('<img src=x onerror=alert(1)> accepted')).toBe(
      'accepted',
    );
    expect(statusTextOf('x'.repeat(500))).toHaveLength(200);
  });
});
