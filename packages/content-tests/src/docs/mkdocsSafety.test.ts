import { ConfigReader } from '@backstage/config';
import {
  checkMkdocsYml,
  readMkdocsPolicy,
} from '@localplus/plugin-techdocs-backend-module-safe-mkdocs';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const root = path.resolve(__dirname, '../../../..');
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'dist-types', '.git']);

/** Every mkdocs.yml of the repository: the sites it ships and the template's skeleton. */
function findMkdocsFiles(dir: string, found: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    // Test fixtures are inputs of tests, hostile ones among them, not sites.
    if (SKIPPED_DIRS.has(entry.name) || entry.name === '__fixtures__') {
      continue;
    }
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      findMkdocsFiles(full, found);
    } else if (entry.name === 'mkdocs.yml' || entry.name === 'mkdocs.yaml') {
      found.push(path.relative(root, full));
    }
  }
  return found;
}

/** The policy production builds with: app-config.yaml, then the production overrides. */
function productionPolicy() {
  const configs = ['app-config.yaml', 'app-config.production.yaml'].map(
    file => ({
      context: file,
      data: parse(fs.readFileSync(path.join(root, file), 'utf8')),
    }),
  );
  return readMkdocsPolicy(ConfigReader.fromConfigs(configs));
}

describe("the repository's own TechDocs sites", () => {
  const files = findMkdocsFiles(root);

  it('are found: the platform docs, the portal docs, the services and the template', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'mkdocs.yml',
        'portal-docs/mkdocs.yml',
        'catalog/components/techdocs/svc-ledger/mkdocs.yml',
        'templates/svc-python/skeleton/mkdocs.yml',
      ]),
    );
  });

  it('pass the production check of mkdocs.yml (no hooks, plugins or extensions outside the allowlist)', () => {
    const policy = productionPolicy();
    const refused = files
      .map(file => ({
        file,
        problems: checkMkdocsYml(
          fs.readFileSync(path.join(root, file), 'utf8'),
          policy,
        ),
      }))
      .filter(({ problems }) => problems.length > 0);
    expect(refused).toEqual([]);
  });
});
