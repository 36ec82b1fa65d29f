import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { configFilesOf, findUnsetVariables } from './unsetVariables';

describe('findUnsetVariables', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unset-variables-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };

  it('names each variable read without a default that is not set, once, with its file', () => {
    const production = write(
      'app-config.production.yaml',
      [
        'argocd:',
        '  baseUrl: ${ARGOCD_URL}',
        '  token: ${ARGOCD_TOKEN}',
        'app:',
        '  baseUrl: ${PORTAL_BASE_URL:-http://localhost:7007}',
        '  title: $${NOT_A_VARIABLE}',
        'other: ${ARGOCD_URL}/api',
      ].join('\n'),
    );
    expect(findUnsetVariables([production], { ARGOCD_TOKEN: 'set' })).toEqual([
      'ARGOCD_URL is not set (app-config.production.yaml reads it)',
    ]);
    expect(
      findUnsetVariables([production], {
        ARGOCD_URL: 'https://argocd.example',
        ARGOCD_TOKEN: '',
      }),
    ).toEqual([]);
  });

  it('reads the files given as --config FILE and --config=FILE', () => {
    expect(
      configFilesOf([
        'node',
        'backend',
        '--config',
        'a.yaml',
        '--config=b.yaml',
        '--other',
        'c.yaml',
        '--config',
      ]),
    ).toEqual(['a.yaml', 'b.yaml']);
  });
});
