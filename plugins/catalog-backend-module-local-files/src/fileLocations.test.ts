import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { catalogModuleLocalFiles } from './module';

jest.setTimeout(60_000);

describe('localplus.catalog.allowFileLocations', () => {
  let root: string;
  let target: string;

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'file-locations-'));
    target = path.join(root, 'team.yaml');
    fs.writeFileSync(
      target,
      'apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata: { name: team-a }\nspec: { type: team, children: [] }\n',
    );
  });

  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  async function registerFileLocation(allowFileLocations?: boolean) {
    const backend = await startTestBackend({
      features: [
        catalogPlugin,
        catalogModuleLocalFiles,
        mockServices.rootConfig.factory({
          data: {
            catalog: { rules: [{ allow: ['Group', 'Location'] }] },
            ...(allowFileLocations !== undefined && {
              localplus: { catalog: { allowFileLocations } },
            }),
          },
        }),
      ],
    });
    try {
      const response = await fetch(
        `http://localhost:${backend.server.port()}/api/catalog/locations`,
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ type: 'file', target }),
        },
      );
      return { status: response.status, body: await response.json() };
    } finally {
      await backend.stop();
    }
  }

  it('lets the catalog API register a file location when enabled', async () => {
    const { status, body } = await registerFileLocation(true);
    expect(status).toBe(201);
    expect(body.location).toMatchObject({ type: 'file', target });
  });

  it.each([
    ['absent', undefined],
    ['false', false],
  ])('keeps file locations refused when %s', async (_, allow) => {
    const { status, body } = await registerFileLocation(allow);
    expect(status).toBe(400);
    expect(body.error.name).toBe('InputError');
  });
});
