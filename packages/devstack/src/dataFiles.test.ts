import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DATA_DIR, loadDataFile } from './dataFiles';
import { platformSchema } from './dataset/platform';

describe('loadDataFile', () => {
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'devstack-data-'));
  });

  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('names the file and the field of a malformed data file', () => {
    const original = fs.readFileSync(path.join(DATA_DIR, 'platform.yaml'));
    const broken = original
      .toString()
      .replace('autoSync: false', 'autoSync: sometimes');
    fs.writeFileSync(path.join(dir, 'platform.yaml'), broken);
    expect(() => loadDataFile('platform.yaml', platformSchema, dir)).toThrow(
      `Invalid dev stack data file ${path.join(
        dir,
        'platform.yaml',
      )}, field environments.1.autoSync: Invalid input: expected boolean, received string`,
    );
  });

  it('names the file of a data file that is not YAML', () => {
    fs.writeFileSync(path.join(dir, 'platform.yaml'), 'environments: [');
    expect(() => loadDataFile('platform.yaml', platformSchema, dir)).toThrow(
      /Invalid dev stack data file .*platform\.yaml: YAMLParseError/,
    );
  });
});
