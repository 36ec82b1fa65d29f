import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import type { BackendFeature } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { JsonObject } from '@backstage/types';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import techdocsPlugin from '@backstage/plugin-techdocs-backend';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { techdocsModuleSafeMkdocs } from './module';

// Real mkdocs builds (Debian's mkdocs and mkdocs-material).
jest.setTimeout(180_000);

const SITES = [
  'safe-site',
  'hook-site',
  'env-site',
  'migrated-site',
  'snippets-site',
  'techdocs-site',
];
type Site = (typeof SITES)[number];

function component(name: string, dir: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      uid: `uid-${name}`,
      annotations: {
        'backstage.io/managed-by-location': `file:${path.join(
          dir,
          'catalog-info.yaml',
        )}`,
        'backstage.io/techdocs-ref': 'dir:.',
      },
    },
    spec: { type: 'service', lifecycle: 'production', owner: 'team-docs' },
  };
}

describe('techdocsModuleSafeMkdocs with the real TechDocs backend and mkdocs', () => {
  let root: string;
  let publishDirectory: string;
  // The TechDocs backend remembers what it built (per entity, in memory, for
  // the whole process): each test builds entities of its own.
  let run: string;
  // mkdocs runs as a child of the backend process, so it sees the backend's
  // real environment (not Jest's copy): HOME is set in both.
  const backendHome = process.env.HOME!;

  beforeEach(() => {
    run = randomUUID().slice(0, 8);
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'safe-mkdocs-'));
    publishDirectory = path.join(root, 'published');
    // The generator edits mkdocs.yml in place: build copies.
    for (const site of SITES) {
      fs.cpSync(path.join(__dirname, '__fixtures__', site), siteDir(site), {
        recursive: true,
      });
    }
  });

  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  function siteDir(site: Site) {
    return path.join(root, site);
  }

  function entityName(site: Site) {
    return `${site}-${run}`;
  }

  function published(site: Site) {
    return path.join(publishDirectory, 'default/component', entityName(site));
  }

  async function start(features: BackendFeature[], techdocs: JsonObject = {}) {
    return startTestBackend({
      features: [
        catalogServiceMock.factory({
          entities: SITES.map(site =>
            component(entityName(site), siteDir(site)),
          ),
        }),
        techdocsPlugin,
        ...features,
        mockServices.rootConfig.factory({
          data: {
            localplus: { techdocs },
            techdocs: {
              builder: 'local',
              generator: {
                runIn: 'local',
                mkdocs: { omitTechdocsCorePlugin: true },
              },
              publisher: { type: 'local', local: { publishDirectory } },
            },
          },
        }),
      ],
    });
  }

  /** Builds a site the way the TechDocs reader asks for it; returns the event stream. */
  async function sync(backend: Awaited<ReturnType<typeof start>>, site: Site) {
    const response = await request(backend.server)
      .get(`/api/techdocs/sync/default/component/${entityName(site)}`)
      .set('Authorization', mockCredentials.user.header());
    expect(response.status).toBe(200);
    return response.text;
  }

  it('builds a safe site', async () => {
    const backend = await start([techdocsModuleSafeMkdocs]);
    const events = await sync(backend, 'safe-site');
    expect(events).toContain('event: finish');
    expect(events).not.toContain('event: error');
    expect(
      fs.readFileSync(path.join(published('safe-site'), 'index.html'), 'utf8'),
    ).toContain('Built by the checked generator.');
    await backend.stop();
  });

  it('builds a site brought from elsewhere with the Markdown extensions it names', async () => {
    const backend = await start([techdocsModuleSafeMkdocs]);
    const events = await sync(backend, 'migrated-site');
    expect(events).toContain('event: finish');
    expect(events).not.toContain('event: error');
    const page = fs.readFileSync(
      path.join(published('migrated-site'), 'index.html'),
      'utf8',
    );
    // One mark per extension: pymdownx.mark, caret, tilde, keys, critic,
    // arithmatex, magiclink, smartsymbols, and md_in_html.
    for (const html of [
      '<mark>marked</mark>',
      '<ins>inserted</ins>',
      '<del>deleted</del>',
      '<kbd class="key-control">Ctrl</kbd>',
      '<ins class="critic">added</ins>',
      '<span class="arithmatex">\\(E = mc^2\\)</span>',
      '<a href="https://example.com">https://example.com</a>',
      '&copy;',
      '<strong>Markdown inside HTML.</strong>',
    ]) {
      expect(page).toContain(html);
    }
    await backend.stop();
  });

  it('builds a site written for Backstage TechDocs with Material, leaving techdocs-core out', async () => {
    const backend = await start([techdocsModuleSafeMkdocs]);
    const events = await sync(backend, 'techdocs-site');
    expect(events).toContain('event: finish');
    expect(events).not.toContain('event: error');
    expect(events).toContain(
      'plugins: \\"techdocs-core\\" is not installed on this portal and is left out of the build',
    );
    const page = fs.readFileSync(
      path.join(published('techdocs-site'), 'index.html'),
      'utf8',
    );
    expect(page).toContain('Built from a TechDocs site.');
    expect(page).toContain('<div class="admonition note">');
    // Material's page, not mkdocs' own theme.
    expect(page).toMatch(
      /<meta name="generator" content="mkdocs-[^"]*, mkdocs-material-/,
    );
    expect(page).toContain('class="md-header');
    await backend.stop();
  });

  it('refuses a site with a hook, which never runs, and publishes nothing', async () => {
    // The hook is real: mkdocs on its own runs it and leaves the marker.
    const control = path.join(root, 'control');
    fs.cpSync(siteDir('hook-site'), control, { recursive: true });
    execFileSync('mkdocs', ['build', '-q', '-d', path.join(root, 'out')], {
      cwd: control,
    });
    expect(fs.existsSync(path.join(control, 'HOOK_RAN'))).toBe(true);

    const backend = await start([techdocsModuleSafeMkdocs]);
    const events = await sync(backend, 'hook-site');
    expect(events).toContain('event: error');
    expect(events).toContain(
      'hooks: mkdocs runs the Python files listed there; not allowed',
    );
    expect(fs.existsSync(path.join(siteDir('hook-site'), 'HOOK_RAN'))).toBe(
      false,
    );
    expect(fs.existsSync(published('hook-site'))).toBe(false);
    await backend.stop();
  });

  /** Builds a site again from its fixture (the generator rewrites the copy). */
  function resetSite(site: Site) {
    run = randomUUID().slice(0, 8);
    fs.rmSync(siteDir(site), { recursive: true });
    fs.cpSync(path.join(__dirname, '__fixtures__', site), siteDir(site), {
      recursive: true,
    });
  }

  it("builds !ENV as if unset, where Backstage's own generator builds the backend's environment into the page", async () => {
    // Without this module the backend's environment ends up in the published site.
    const unchecked = await start([]);
    expect(await sync(unchecked, 'env-site')).toContain('event: finish');
    expect(
      fs.readFileSync(path.join(published('env-site'), 'index.html'), 'utf8'),
    ).toContain(`<meta name="description" content="${backendHome}">`);
    await unchecked.stop();

    resetSite('env-site');
    const checked = await start([techdocsModuleSafeMkdocs]);
    const events = await sync(checked, 'env-site');
    expect(events).toContain('event: finish');
    expect(events).not.toContain('event: error');
    const page = fs.readFileSync(
      path.join(published('env-site'), 'index.html'),
      'utf8',
    );
    expect(page).toContain(
      '<meta name="description" content="no environment here">',
    );
    expect(page).not.toContain(backendHome);
    await checked.stop();
  });

  it("refuses pymdownx.snippets, which Backstage's own generator lets copy the backend's environment into the page", async () => {
    const unchecked = await start([]);
    expect(await sync(unchecked, 'snippets-site')).toContain('event: finish');
    expect(
      fs.readFileSync(
        path.join(published('snippets-site'), 'index.html'),
        'utf8',
      ),
    ).toContain(`HOME=${backendHome}`);
    await unchecked.stop();

    resetSite('snippets-site');
    const checked = await start([techdocsModuleSafeMkdocs]);
    const events = await sync(checked, 'snippets-site');
    expect(events).toContain('event: error');
    expect(events).toContain(
      'markdown_extensions: extension \\"pymdownx.snippets\\" copies files of the build machine into the page',
    );
    expect(events).not.toContain(`HOME=${backendHome}`);
    expect(fs.existsSync(published('snippets-site'))).toBe(false);
    await checked.stop();
  });

  it('leaves the generator alone when checkMkdocsYml is false', async () => {
    const backend = await start([techdocsModuleSafeMkdocs], {
      checkMkdocsYml: false,
    });
    expect(await sync(backend, 'env-site')).toContain('event: finish');
    await backend.stop();
  });

  it('fails startup on a bad allowlist, naming the key', async () => {
    await expect(
      start([techdocsModuleSafeMkdocs], { allowedPythonNames: ['os system'] }),
    ).rejects.toThrow('localplus.techdocs.allowedPythonNames[0] must match');
  });
});
