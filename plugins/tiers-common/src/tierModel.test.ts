import { ConfigReader } from '@backstage/config';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import {
  declaredTier,
  DEFAULT_TIER_ANNOTATION,
  readTierAnnotation,
  readTierIds,
  readTierModel,
  strictestTier,
} from './tierModel';

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

const sampleConfig = () =>
  parse(
    fs.readFileSync(
      path.join(__dirname, '__fixtures__/sample-tier-model.yaml'),
      'utf8',
    ),
  );

const read = (tiers: unknown) =>
  readTierModel(new ConfigReader({ localplus: { tiers } } as any));

describe('readTierModel', () => {
  it('reads a sample configuration, defaults filled in', () => {
    const model = readTierModel(new ConfigReader(sampleConfig()));
    expect(model).toEqual({
      annotation: 'example.com/tier',
      appliesTo: { kinds: ['Component', 'Resource'], systemPattern: '^shop-' },
      levels: [
        {
          id: 'core',
          name: 'Core',
          description: 'Payment and order services.',
          namePattern: '^core-[a-z-]+$',
          owners: ['payments-team', 'group:ops/sre'],
          approvers: 'Head of engineering',
          changeProcess: 'RFC',
          requiredAnnotations: ['pagerduty.com/service-id'],
        },
        {
          id: 'edge',
          name: 'Edge',
          description: 'Storefronts and gateways.',
          namePattern: '^edge-[a-z-]+$',
          owners: ['web-team'],
          approvers: 'Tech lead',
          changeProcess: 'Standard review',
          requiredAnnotations: [],
        },
      ],
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

describe('readTierIds', () => {
  it("is the model's annotation and level ids, strictest first", () => {
    expect(
      readTierIds(
        new ConfigReader({
          localplus: {
            tiers: {
              annotation: 'example.com/tier',
              levels: [level('gold'), level('silver')],
            },
          },
        }),
      ),
    ).toEqual({ annotation: 'example.com/tier', levels: ['gold', 'silver'] });
  });

  it('is undefined without a model, and refuses an invalid one', () => {
    expect(readTierIds(new ConfigReader({}))).toBeUndefined();
    expect(() =>
      readTierIds(new ConfigReader({ localplus: { tiers: { levels: [] } } })),
    ).toThrow('Invalid tier model at localplus.tiers.levels');
  });
});

describe('readTierAnnotation', () => {
  it('is the configured annotation', () => {
    expect(
      readTierAnnotation(
        new ConfigReader({
          localplus: {
            tiers: { annotation: 'example.com/tier', levels: [level('T3')] },
          },
        }),
      ),
    ).toBe('example.com/tier');
  });

  it("is the model's default when the model names none", () => {
    expect(
      readTierAnnotation(
        new ConfigReader({ localplus: { tiers: { levels: [level('T3')] } } }),
      ),
    ).toBe(DEFAULT_TIER_ANNOTATION);
  });

  it('is the default without a tier model', () => {
    expect(readTierAnnotation(new ConfigReader({}))).toBe('localplus.io/tier');
  });

  it('refuses an invalid model, naming the field', () => {
    expect(() =>
      readTierAnnotation(
        new ConfigReader({
          localplus: { tiers: { annotation: 'example.com/tier' } },
        }),
      ),
    ).toThrow('localplus.tiers.levels');
  });
});

describe('strictestTier', () => {
  const model = { levels: [{ id: 'core' }, { id: 'edge' }, { id: 'T1' }] };

  it('is the tier whose level the model lists first, not the first in text order', () => {
    expect(strictestTier(model, ['T1', 'edge'])).toBe('edge');
    expect(strictestTier(model, ['edge', 'core', 'edge'])).toBe('core');
  });

  it('passes over values the model does not list, case included', () => {
    expect(strictestTier(model, ['T0', 'CORE', 'T1'])).toBe('T1');
    expect(strictestTier(model, ['T0'])).toBeUndefined();
    expect(strictestTier(model, [])).toBeUndefined();
  });
});
