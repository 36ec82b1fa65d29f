import { ConfigReader } from '@backstage/config';
import { readTierModel } from '@localplus/plugin-tiers-common';
import fs from 'node:fs';
import path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

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

  it('lets every engineering team own the documentation, as the handbook says ("All teams")', () => {
    const appConfig = parse(
      fs.readFileSync(path.join(repoRoot, 'app-config.yaml'), 'utf8'),
    );
    const model = readTierModel(new ConfigReader(appConfig));
    const groups = parseAllDocuments(
      fs.readFileSync(path.join(repoRoot, 'catalog/org/groups.yaml'), 'utf8'),
    ).map(document => document.toJS());
    const parentOf = new Map<string, string | undefined>(
      groups.map(group => [group.metadata.name, group.spec.parent]),
    );
    const inEngineering = (name: string): boolean => {
      const parent = parentOf.get(name);
      return parent === 'engineering' || (!!parent && inEngineering(parent));
    };
    // Teams whose parent is a team (portal-admins) are part of that team.
    const engineeringTeams = groups
      .filter(
        group =>
          group.spec.type === 'team' &&
          inEngineering(group.metadata.name) &&
          groups.find(g => g.metadata.name === group.spec.parent)?.spec.type !==
            'team',
      )
      .map(group => group.metadata.name);
    expect(engineeringTeams).toContain('team-loyalty');
    expect(model?.levels[5].owners.slice().sort()).toEqual(
      engineeringTeams.sort(),
    );
  });
});
