import type { ControlSummary } from '@localplus/plugin-compliance-common';
import { accessControl, control } from '../../__fixtures__/status';
import { failingNow, frameworkOverviews } from './statusOverview';

function summary(
  id: string,
  requirements: string[],
  status: ControlSummary['status'],
  satisfiedRatio: number | null,
): ControlSummary {
  return {
    ...accessControl,
    control: control(id, id, requirements),
    status,
    coverage: { ...accessControl.coverage, satisfiedRatio },
  };
}

const framework = (id: string) => ({
  id,
  title: id.toUpperCase(),
  requirements: [],
  controlsByRequirement: {},
});

describe('frameworkOverviews', () => {
  it('counts a control in every framework it serves, and only there', () => {
    const [a, b, c] = frameworkOverviews({
      frameworks: [framework('a'), framework('b'), framework('c')],
      controls: [
        summary('both', ['a:1', 'b:2'], 'not-satisfied', 0.5),
        summary('only-a', ['a:3'], 'satisfied', 1),
        // Not applicable needs nothing: it is counted in no column.
        summary('exempt', ['b:4'], 'not-applicable', 1),
      ],
    });
    expect(a.counts).toEqual({
      satisfied: 1,
      'not-satisfied': 1,
      error: 0,
      'not-evaluated': 0,
    });
    expect(a.averageCoverage).toBeCloseTo(0.75);
    expect(b.counts).toEqual({
      satisfied: 0,
      'not-satisfied': 1,
      error: 0,
      'not-evaluated': 0,
    });
    expect(b.averageCoverage).toBeCloseTo(0.75);
    expect(c.averageCoverage).toBeNull();
  });

  it('averages only controls evaluated in the period, and keeps ratios within 0..1', () => {
    const [overview] = frameworkOverviews({
      frameworks: [framework('a')],
      controls: [
        summary('never', ['a:1'], 'not-evaluated', null),
        summary('over', ['a:2'], 'satisfied', 1.7),
        summary('under', ['a:3'], 'error', -0.5),
      ],
    });
    expect(overview.averageCoverage).toBeCloseTo(0.5);
    expect(overview.counts['not-evaluated']).toBe(1);
  });

  it('does not mistake a framework for another whose id it begins', () => {
    const [soc] = frameworkOverviews({
      frameworks: [framework('soc')],
      controls: [summary('x', ['soc2:CC6.1'], 'satisfied', 1)],
    });
    expect(soc.counts.satisfied).toBe(0);
  });
});

describe('failingNow', () => {
  it('keeps not satisfied and error, not satisfied first, least covered first, then by id', () => {
    const order = failingNow([
      summary('e-low', [], 'error', 0.1),
      summary('ok', [], 'satisfied', 1),
      summary('n-b', [], 'not-satisfied', 0.5),
      summary('n-a', [], 'not-satisfied', 0.5),
      summary('n-low', [], 'not-satisfied', 0.2),
      summary('never', [], 'not-evaluated', null),
    ]).map(s => s.control.id);
    expect(order).toEqual(['n-low', 'n-a', 'n-b', 'e-low']);
  });
});
