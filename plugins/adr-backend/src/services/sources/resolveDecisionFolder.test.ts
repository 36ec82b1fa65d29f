import type { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { ScmIntegrations } from '@backstage/integration';
import { folderLocation, resolveDecisionFolder } from './resolveDecisionFolder';

const integrations = ScmIntegrations.fromConfig(new ConfigReader({}));

function entity(
  managedBy: string | undefined,
  reference: string | undefined,
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'Svc-Ledger',
      annotations: {
        ...(managedBy ? { 'backstage.io/managed-by-location': managedBy } : {}),
        ...(reference !== undefined
          ? { 'backstage.io/adr-location': reference }
          : {}),
      },
    },
    spec: {},
  };
}

const GITHUB_FILE =
  'url:https://github.com/localplus/svc-ledger/blob/main/catalog-info.yaml';
const LOCAL_FILE = 'file:/work/catalog/svc-ledger/catalog-info.yaml';
const resolve = (managedBy: string | undefined, reference?: string) =>
  resolveDecisionFolder(entity(managedBy, reference), integrations);

describe('resolveDecisionFolder', () => {
  it('resolves a path beside a GitHub file to the folder URL', () => {
    const folder = resolve(GITHUB_FILE, 'docs/adr/');
    expect(folder).toEqual({
      type: 'url',
      entityRef: 'component:default/svc-ledger',
      url: 'https://github.com/localplus/svc-ledger/tree/main/docs/adr',
    });
    expect(folderLocation(folder)).toBe(
      'https://github.com/localplus/svc-ledger/tree/main/docs/adr',
    );
  });

  it('takes a URL annotation as it is, whatever the location', () => {
    expect(
      resolve(LOCAL_FILE, 'https://github.com/localplus/docs/tree/main/adr/'),
    ).toEqual({
      type: 'url',
      entityRef: 'component:default/svc-ledger',
      url: 'https://github.com/localplus/docs/tree/main/adr',
    });
  });

  it('resolves a path beside a file location to a folder inside the entity folder', () => {
    const folder = resolve(LOCAL_FILE, './docs/adr');
    expect(folder).toEqual({
      type: 'file',
      entityRef: 'component:default/svc-ledger',
      path: '/work/catalog/svc-ledger/docs/adr',
      reference: './docs/adr',
    });
    expect(folderLocation(folder)).toBe('./docs/adr');
  });

  it.each([
    ['a parent-directory escape', '../other/adr'],
    ['an escape through a subfolder', './docs/../../../etc'],
  ])('refuses %s beside a file location', (_, reference) => {
    expect(() => resolve(LOCAL_FILE, reference)).toThrow(
      `points outside the entity's folder: ${reference}`,
    );
  });

  it.each([
    ['an absolute path', '/etc'],
    ['a file URL', 'file:///etc'],
    ['another scheme', 'ftp://example.com/adr'],
    ['a data URL', 'data:text/plain,adr'],
  ])('refuses %s', (_, reference) => {
    expect(() => resolve(LOCAL_FILE, reference)).toThrow(
      `must be an http(s) URL or a path relative to the entity's file, not ${reference}`,
    );
  });

  it.each([
    ['no annotation', undefined],
    ['an empty annotation', ''],
    ['a blank annotation', '  '],
  ])('says an entity with %s has no decision folder', (_, reference) => {
    expect(() => resolve(LOCAL_FILE, reference)).toThrow(
      'The entity has no backstage.io/adr-location annotation naming its decision folder',
    );
  });

  it.each([
    ['a NUL byte', './adr\0'],
    ['a line break', './adr\n../..'],
    ['an over-long path', `./${'a'.repeat(1001)}`],
  ])('refuses %s in the path', (_, reference) => {
    expect(() => resolve(LOCAL_FILE, reference)).toThrow(
      'The backstage.io/adr-location annotation is not a usable path',
    );
  });

  it('needs a managed-by-location it can use for a relative path', () => {
    expect(() => resolve(undefined, './adr')).toThrow(
      'The entity has no managed-by-location',
    );
    expect(() => resolve('no-colon', './adr')).toThrow(
      /managed-by-location "no-colon" is not a location reference/,
    );
    expect(() =>
      resolve('github-discovery:https://github.com/localplus', './adr'),
    ).toThrow(
      'A decision folder can only be read next to url or file locations, not github-discovery',
    );
    expect(() => resolve(undefined, './adr')).toThrow(InputError);
  });
});
