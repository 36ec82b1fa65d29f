import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { waitForCatalog } from '@localplus/plugin-catalog-backend-module-tier-model/testUtils';
import { catalogModuleLocalFiles } from './module';

jest.setTimeout(90_000);

const group = (name: string) =>
  `apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata: { name: ${name} }\nspec: { type: team, children: [] }\n`;

// The bundled catalog's entry point (catalog/all.yaml) is a list of
// Locations, one per file, for exactly this property.
describe('a Location per catalog file', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'location-isolation-'));
    fs.mkdirSync(path.join(root, 'org'));
    fs.writeFileSync(path.join(root, 'org/good.yaml'), group('team-good'));
    fs.writeFileSync(
      path.join(root, 'org/malformed.yaml'),
      `${group(
        'team-in-broken-file',
      )}---\nkind: Group\nmetadata: { name: [unclosed\n`,
    );
    fs.writeFileSync(
      path.join(root, 'org/also-good.yaml'),
      group('team-also-good'),
    );
    fs.writeFileSync(
      path.join(root, 'all.yaml'),
      ['good', 'malformed', 'also-good']
        .map(
          file =>
            `apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata: { name: org-${file} }\nspec: { target: ./org/${file}.yaml }\n`,
        )
        .join('---\n'),
    );
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('keeps ingesting the other files when one file is malformed YAML', async () => {
    const backend = await startTestBackend({
      features: [
        catalogPlugin,
        catalogModuleLocalFiles,
        mockServices.rootConfig.factory({
          data: {
            catalog: {
              rules: [{ allow: ['Group', 'Location'] }],
              locations: [
                { type: 'file', target: path.join(root, 'all.yaml') },
              ],
              processingInterval: { seconds: 1 },
            },
          },
        }),
      ],
    });
    try {
      const entities = await waitForCatalog(backend.server, list =>
        ['team-good', 'team-also-good'].every(name =>
          list.some(e => e.metadata.name === name),
        ),
      );
      const names = entities.map(e => e.metadata.name);
      expect(names).toEqual(
        expect.arrayContaining([
          'team-good',
          'team-also-good',
          'org-good',
          'org-also-good',
        ]),
      );
      // Only the broken file's Location is held back, with all it holds.
      expect(names).not.toContain('org-malformed');
      expect(names).not.toContain('team-in-broken-file');
    } finally {
      await backend.stop();
    }
  });
});
