import { ConfigReader } from '@backstage/config';
import { readTierModel } from '@localplus/plugin-tiers-common';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const repoRoot = path.resolve(__dirname, '../../../..');

describe('the tier model of app-config.yaml', () => {
  it('reads with defaults filled in', () => {
    const appConfig = parse(
      fs.readFileSync(path.join(repoRoot, 'app-config.yaml'), 'utf8'),
    );
    const model = readTierModel(new ConfigReader(appConfig));
    expect(model?.levels.map(l => l.id)).toEqual([
      'T0',
      'T1',
      'T2',
      'T3',
      'T4',
      'T5',
    ]);
    expect(model?.annotation).toBe('localplus.io/tier');
    expect(model?.levels[3]).toMatchObject({
      name: 'Domain',
      approvers: 'Team lead',
      owners: ['team-loyalty', 'team-merchant', 'team-engagement'],
    });
  });
});
