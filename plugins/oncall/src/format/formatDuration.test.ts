import {
  formatEscalationDelay,
  formatHours,
  formatMinutes,
} from './formatDuration';

describe('formatMinutes', () => {
  it.each([
    [5, '5 min'],
    [59, '59 min'],
    [60, '1 h'],
    [90, '1 h 30 min'],
    [1440, '24 h'],
  ])('%i minutes read %s', (minutes, text) => {
    expect(formatMinutes(minutes)).toBe(text);
  });

  it('says when an escalation step is called', () => {
    expect(formatEscalationDelay(0)).toBe('immediately');
    expect(formatEscalationDelay(15)).toBe('after 15 min');
    expect(formatEscalationDelay(60)).toBe('after 1 h');
  });

  it('rounds hours to a tenth', () => {
    expect(formatHours(168)).toBe('168 h');
    expect(formatHours(12.46)).toBe('12.5 h');
  });
});
