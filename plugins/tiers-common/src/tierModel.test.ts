import { ConfigReader } from '@backstage/config';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { declaredTier, readTierModel } from './tierModel';

const level = (id: string, overrides: object = {}) => ({
  id,
  name: `Tier ${id}`,
  description: 'what it holds',
  namePattern: '^svc-[a-z0-9-]+$',
  owners: ['team-a'],
  approvers: 'Team lead',
  changeProcess: 'Standard review',
  ...overrides,
});

const read = (tiers: unknown) =>
  readTierModel(new ConfigReader({ localplus: { tiers } } as any));

describe('readTierModel', () => {
  it('reads the repository tier model with defaults filled in', () => {
    const appConfig = parse(
      fs.readFileSync(
        path.resolve(__dirname, '../../../app-config.yaml'),
        'utf8',
      ),
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

  it('returns undefined when no model is configured', () => {
    expect(readTierModel(new ConfigReader({}))).toBeUndefined();
  });

  it('defaults the annotation, scope and required annotations', () => {
    expect(read({ levels: [level('T3')] })).toEqual({
      annotation: 'localplus.io/tier',
      appliesTo: { kinds: ['Component'] },
      levels: [{ ...level('T3'), requiredAnnotations: [] }],
    });
  });

  it.each([
    ['no levels', { levels: [] }, 'localplus.tiers.levels'],
    [
      'a bad name pattern',
      { levels: [level('T3', { namePattern: '^svc-(' })] },
      'localplus.tiers.levels.0.namePattern: is not a valid regular expression',
    ],
    [
      'a bad system pattern',
      { appliesTo: { systemPattern: '[' }, levels: [level('T3')] },
      'localplus.tiers.appliesTo.systemPattern',
    ],
    [
      'duplicate ids',
      { levels: [level('T3'), level('T3')] },
      'tier ids must be unique',
    ],
    [
      'no owners',
      { levels: [level('T3', { owners: [] })] },
      'localplus.tiers.levels.0.owners',
    ],
    [
      'a level without a name',
      { levels: [{ ...level('T3'), name: undefined }] },
      'localplus.tiers.levels.0.name',
    ],
  ])('rejects %s, naming the field', (_, tiers, message) => {
    expect(() => read(tiers)).toThrow(message);
  });
});

describe('declaredTier', () => {
  it('reads the configured annotation', () => {
    const entity = { metadata: { annotations: { 'example.com/tier': 'T2' } } };
    expect(declaredTier(entity, { annotation: 'example.com/tier' })).toBe('T2');
    expect(
      declaredTier(entity, { annotation: 'localplus.io/tier' }),
    ).toBeUndefined();
  });
});
