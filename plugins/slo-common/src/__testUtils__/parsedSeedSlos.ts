import {
  argocdProbeSlo,
  ledgerSlos,
  ledgerTimeslicesSlo,
  platformSlos,
  walletSlo,
} from '../__fixtures__/seedSlos';
import { parseOpenSloDocuments } from '../openslo/parseOpenSloDocuments';
import type { OpenSloSlo } from '../openslo/schema';

/**
 * The seed SLOs, parsed when a test file first imports this module; a
 * problem in any of them fails that test file.
 */

function readSlos(text: string): OpenSloSlo[] {
  const { documents, problems } = parseOpenSloDocuments(text);
  expect(problems).toEqual([]);
  return documents.filter((d): d is OpenSloSlo => d.kind === 'SLO');
}

export const seedSlos = readSlos(
  [ledgerSlos, walletSlo, platformSlos].join('---\n'),
);
export const [ledgerTimeslices] = readSlos(ledgerTimeslicesSlo);
export const [argocdProbe] = readSlos(argocdProbeSlo);
export const bySloName = (name: string) =>
  seedSlos.find(slo => slo.metadata.name === name)!;
