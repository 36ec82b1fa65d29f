import { exportFileName } from './exportFileName';

describe('exportFileName', () => {
  const period = { from: '2026-01-01', to: '2026-03-31' };

  it("keeps the backend's plain zip name", () => {
    expect(
      exportFileName(
        'attachment; filename="localplus-compliance-2026-01-01-2026-03-31.zip"',
        period,
      ),
    ).toBe('localplus-compliance-2026-01-01-2026-03-31.zip');
  });

  it.each([
    ['a path', 'attachment; filename="../../.bashrc.zip"'],
    ['another type', 'attachment; filename="report.exe"'],
    ['odd characters', 'attachment; filename="a b\u202e.zip"'],
    ['no header', null],
  ])('replaces %s with a name made from the period', (_case, header) => {
    expect(exportFileName(header, period)).toBe(
      'localplus-compliance-2026-01-01-2026-03-31.zip',
    );
  });

  it('names the default period when the page has none', () => {
    expect(exportFileName(null, {})).toBe(
      'localplus-compliance-default-default.zip',
    );
  });
});
