/**
 * How long an export takes at the size of a quarter of a large estate:
 * `node --require @backstage/cli-node/config/nodeTransform.cjs bench/measureExportArchive.ts [controls] [subjects] [runs]`
 * (defaults 20 controls x 1000 subjects x 13 weekly runs = 260,000 observations).
 */
import { performance } from 'node:perf_hooks';
import { buildExportInput } from '../src/__testUtils__/exportInput';
import { buildExportArchive } from '../src/export/archive/buildExportArchive';
import { verifyExportArchive } from '../src/export/archive/verifyExportArchive';
import { buildOscalAssessmentResults } from '../src/export/oscal/buildOscalAssessmentResults';
import { validateOscalAssessmentResults } from '../src/export/oscal/validateOscalAssessmentResults';

function timed<T>(label: string, run: () => T): T {
  const start = performance.now();
  const result = run();
  process.stdout.write(`${label}: ${Math.round(performance.now() - start)} ms\n`);
  return result;
}

const [controls = 20, subjects = 1000, runs = 13] = process.argv.slice(2).map(Number);
const input = timed('fixture', () => buildExportInput({ controls, subjects, runs }));
process.stdout.write(
  `${controls} controls x ${subjects} subjects x ${runs} runs: ` +
    `${input.observations.length} observations, ${input.ledger.records.length} ledger records\n`,
);
timed('schema compile (once per process)', () => validateOscalAssessmentResults({}));
const document = timed('OSCAL document', () => buildOscalAssessmentResults(input));
process.stdout.write(
  `OSCAL observations after collapsing: ${document['assessment-results'].results[0].observations?.length}\n`,
);
timed('OSCAL validation', () => validateOscalAssessmentResults(document));
const zip = timed('buildExportArchive (total)', () => buildExportArchive(input));
process.stdout.write(`archive: ${(zip.length / 1024 / 1024).toFixed(1)} MiB\n`);
const second = timed('buildExportArchive (again)', () => buildExportArchive(input));
process.stdout.write(`identical bytes: ${Buffer.compare(zip, second) === 0}\n`);
const verification = timed('verifyExportArchive', () => verifyExportArchive(zip));
process.stdout.write(`verified: ${verification.ok}\n`);
