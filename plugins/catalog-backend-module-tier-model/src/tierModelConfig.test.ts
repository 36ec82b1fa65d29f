import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import {
  domainComponent,
  tierModelConfig,
} from './__testUtils__/tierModelFixture';
import { statusItems, waitForCatalog } from './__testUtils__/waitForCatalog';
import { catalogModuleTierModel } from './module';

jest.setTimeout(60_000);

function startWith(data: object) {
  return startTestBackend({
    features: [
      catalogPlugin,
      catalogModuleTierModel,
      mockServices.rootConfig.factory({ data }),
    ],
  });
}

const [platform, domain] = tierModelConfig.levels;

describe('tier model configuration', () => {
  it('registers no tier checks when no model is configured', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tier-config-'));
    const file = path.join(root, 'entities.yaml');
    fs.writeFileSync(
      file,
      YAML.stringify(domainComponent({ name: 'ledger', tier: 'T9' })),
    );
    const backend = await startWith({
      catalog: {
        rules: [{ allow: ['Component', 'Location'] }],
        locations: [{ type: 'file', target: file }],
      },
    });
    try {
      const entities = await waitForCatalog(backend.server, list =>
        list.some(e => e.metadata.name === 'ledger'),
      );
      const ledger = entities.find(e => e.metadata.name === 'ledger')!;
      expect(statusItems(ledger)).toEqual([]);
    } finally {
      await backend.stop();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it.each([
    [
      'a bad name pattern',
      { ...tierModelConfig, levels: [{ ...domain, namePattern: '^svc-[' }] },
      'Invalid tier model at localplus.tiers.levels.0.namePattern: is not a valid regular expression',
    ],
    [
      'a bad system pattern',
      {
        ...tierModelConfig,
        appliesTo: { kinds: ['Component'], systemPattern: '(' },
      },
      'Invalid tier model at localplus.tiers.appliesTo.systemPattern: is not a valid regular expression',
    ],
    [
      'duplicate tier ids',
      { ...tierModelConfig, levels: [platform, { ...domain, id: 'T1' }] },
      'Invalid tier model at localplus.tiers.levels: tier ids must be unique',
    ],
    [
      'missing levels',
      { annotation: 'localplus.io/tier' },
      'Invalid tier model at localplus.tiers.levels',
    ],
    [
      'no levels',
      { ...tierModelConfig, levels: [] },
      'Invalid tier model at localplus.tiers.levels',
    ],
    [
      'a level without owners',
      { ...tierModelConfig, levels: [{ ...domain, owners: [] }] },
      'Invalid tier model at localplus.tiers.levels.0.owners',
    ],
  ])('refuses to start with %s', async (_case, tiers, message) => {
    await expect(startWith({ localplus: { tiers } })).rejects.toThrow(message);
  });
});
