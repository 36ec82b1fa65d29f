import fs from 'node:fs';
import path from 'node:path';
import type { DecisionFile } from '../parser';

const FIXTURES = path.resolve(__dirname, '../__fixtures__');

/** A fixture record as the backend would hand it to the parsers. */
export function fixtureFile(relativePath: string): DecisionFile {
  return {
    fileName: path.basename(relativePath),
    location: `fixtures/${relativePath}`,
    text: fs.readFileSync(path.join(FIXTURES, relativePath), 'utf8'),
  };
}

/** A record written inline in a test. */
export function decisionFile(fileName: string, text: string): DecisionFile {
  return { fileName, location: `test/${fileName}`, text };
}
