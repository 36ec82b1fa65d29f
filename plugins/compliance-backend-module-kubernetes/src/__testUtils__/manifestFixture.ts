import { mockServices } from '@backstage/backend-test-utils';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ManifestPolicyOptions } from '../checks/manifestPolicyCheck';
import { component } from './catalogEntities';

const FIXTURE = path.resolve(
  __dirname,
  '../__fixtures__/kustomize/svc-fixture',
);
const OVERLAYS = 'localplus.io/kustomize-overlays';

/**
 * A fresh copy of the kustomize fixture service for each test, in a
 * repository folder (`<root>/repo/svc-fixture`) beside a work folder for the
 * check's temporary copies; removed after each test. The paths are read in
 * tests and hooks, once the copy exists.
 */
export function useManifestFixture() {
  let root = '';
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-policy-'));
    fs.mkdirSync(path.join(root, 'work'));
    fs.cpSync(FIXTURE, path.join(root, 'repo', 'svc-fixture'), {
      recursive: true,
    });
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const fixture = {
    get root() {
      return root;
    },
    get work() {
      return path.join(root, 'work');
    },
    get entityFolder() {
      return path.join(root, 'repo', 'svc-fixture');
    },
    /** The check's options, temporary copies in the work folder. */
    options(
      overrides: Partial<ManifestPolicyOptions> = {},
    ): ManifestPolicyOptions {
      return {
        urlReader: mockServices.urlReader.mock(),
        kubectl: 'kubectl',
        timeoutMs: 60_000,
        workDir: fixture.work,
        ...overrides,
      };
    },
    /** The fixture component, read from its folder (a `file:` location as in development). */
    fileEntity(overlays: string) {
      return component(
        'svc-fixture',
        { [OVERLAYS]: overlays },
        { location: `file:${fixture.entityFolder}/catalog-info.yaml` },
      );
    },
    /** Writes a file into the fixture service's folder. */
    write(relative: string, text: string) {
      const file = path.join(fixture.entityFolder, relative);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
    },
  };
  return fixture;
}
