import type {
  ControlEvaluation,
  ControlStatus,
} from '@localplus/plugin-compliance-common';
import { loyaltyCompliance } from '../../__fixtures__/entity';
import { entityControlRows, quietSummary } from './entityControlRows';

const base = loyaltyCompliance.controls[0];

function controlWith(statuses: ControlStatus[], reason = 'Why.') {
  return {
    ...base,
    evaluations: statuses.map(
      (status, i): ControlEvaluation => ({
        ...base.evaluations[0],
        subject: `repo:${i}`,
        status,
        reason: `${reason} ${i}`,
      }),
    ),
  };
}

const summaryOf = (statuses: ControlStatus[]) =>
  quietSummary(entityControlRows([controlWith(statuses)])[0]);

describe('entityControlRows', () => {
  it('explains nothing of a control nothing fails', () => {
    const [row] = entityControlRows([
      controlWith(['satisfied', 'not-applicable']),
    ]);
    expect(row.status).toBe('satisfied');
    expect(row.explained).toEqual([]);
  });

  it('explains the failing subjects only', () => {
    const [row] = entityControlRows([
      controlWith(['satisfied', 'error', 'not-satisfied']),
    ]);
    expect(row.status).toBe('not-satisfied');
    expect(row.explained.map(e => e.subject)).toEqual(['repo:2', 'repo:1']);
  });
});

describe('quietSummary', () => {
  it('counts the satisfied subjects', () => {
    expect(summaryOf(['satisfied'])).toBe('1 subject satisfied');
    expect(summaryOf(['satisfied', 'satisfied', 'satisfied'])).toBe(
      '3 subjects satisfied',
    );
    expect(summaryOf(['satisfied', 'satisfied', 'not-applicable'])).toBe(
      '2 subjects satisfied, 1 not applicable',
    );
  });

  it('gives the first reason of a control that does not apply', () => {
    expect(summaryOf(['not-applicable', 'not-applicable'])).toBe(
      'Not applicable: Why. 0',
    );
  });

  it('says when nothing was evaluated', () => {
    expect(summaryOf([])).toBe('Not evaluated in this period');
  });
});
