import { buildExportInput } from '../../__testUtils__/exportInput';
import { parseCsvWithPython } from '../../__testUtils__/parseCsvWithPython';
import { exportCsvFiles } from './exportCsvFiles';

function table(csv: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsvWithPython(csv);
  return rows.map(row =>
    Object.fromEntries(header.map((name, index) => [name, row[index]])),
  );
}

describe('exportCsvFiles', () => {
  const input = buildExportInput({ subjects: 3, runs: 2 });
  input.observations[0].summary = "=cmd|' /C calc'!A0";
  const files = exportCsvFiles(input);

  it('writes the four files', () => {
    expect(Object.keys(files).sort()).toEqual([
      'controls.csv',
      'evaluations.csv',
      'exemptions.csv',
      'observations.csv',
    ]);
  });

  it('lists each control with its crosswalk, evidence and coverage', () => {
    const controls = table(files['controls.csv']);
    const ownership = controls.find(
      row => row.control_id === 'service-ownership',
    )!;

    expect(controls.map(row => row.control_id)).toEqual(
      input.controls.map(control => control.id).sort(),
    );
    expect(ownership).toMatchObject({
      requirements: 'soc2:CC6.1 gdpr:Art.5',
      evidence_checks: 'catalog.owner',
      owner: 'group:default/team-security',
      runs: '2',
      satisfied_ratio: String(
        input.coverage['service-ownership'].satisfiedRatio,
      ),
    });
  });

  it('lists every observation in ledger order with its hash, defusing formula-like summaries', () => {
    const observations = table(files['observations.csv']);

    expect(observations).toHaveLength(input.observations.length);
    expect(observations.map(row => Number(row.ledger_sequence))).toEqual(
      input.observations.map(observation => observation.sequence),
    );
    expect(observations[0].summary).toBe("'=cmd|' /C calc'!A0");
    const hostile = observations.filter(row =>
      /^[=+\-@\t\r]/.test(row.summary),
    );
    expect(hostile).toEqual([]);
    expect(JSON.parse(observations[0].details)).toEqual(
      input.observations[0].details,
    );
  });

  it('lists every evaluation with the ledger records it rests on', () => {
    const evaluations = table(files['evaluations.csv']);

    expect(evaluations).toHaveLength(input.evaluations.length);
    const first = input.evaluations[0];
    const row = evaluations.find(
      item =>
        item.run_id === first.runId &&
        item.control_id === first.controlId &&
        item.subject === first.subject,
    )!;
    expect(row.ledger_sequences).toBe(first.observations.join(' '));
    expect(row.status).toBe(first.status);
  });

  it('lists exemptions with their approver and expiry, defusing a formula-like justification', () => {
    const exemptions = table(files['exemptions.csv']);

    expect(exemptions.map(row => row.exemption_id)).toEqual([
      'ex-approved',
      'ex-rejected',
      'ex-requested',
    ]);
    expect(exemptions[0]).toMatchObject({
      status: 'approved',
      decided_by: 'user:default/sam-security',
      expires_at: input.exemptions[0].expiresAt,
    });
    expect(exemptions[2].justification).toBe(
      "'=1+1 looks like a formula but is a justification.",
    );
  });

  it('does not depend on the order rows were given in', () => {
    const shuffled = {
      ...input,
      controls: [...input.controls].reverse(),
      evaluations: [...input.evaluations].reverse(),
      observations: [...input.observations].reverse(),
      exemptions: [...input.exemptions].reverse(),
    };

    expect(exportCsvFiles(shuffled)).toEqual(files);
  });
});
