import { overridePackagePathResolution } from '@backstage/backend-plugin-api/testUtils';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { AppConfig, ConfigReader } from '@backstage/config';
import { ConfigSchema } from '@backstage/config-loader';
import appPlugin from '@backstage/plugin-app-backend';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import {
  appBuildPackageNames,
  loadSchemaOf,
  workspacePackageNames,
} from './__testUtils__/configSchemas';
import { findSecretsInFrontendConfig } from './__testUtils__/frontendVisibility';
import {
  CONFIG_FILES,
  Environment,
  fakeEnvironment,
  loadAppConfigs,
  repositoryRoot,
  withInMemoryDatabase,
} from './__testUtils__/portalConfig';

// Compiling the TypeScript config schemas of every package takes a while.
jest.setTimeout(300_000);

/**
 * Substituted variables the browser is meant to see, each with its reason.
 * Every other `${VARIABLE}` of the config files is treated as a secret: one
 * added later fails this test until it is kept from the browser or listed.
 */
const PUBLIC_VARIABLES: Record<string, string> = {
  PORTAL_BASE_URL:
    'app.baseUrl and backend.baseUrl are the addresses the browser itself uses',
  ARGOCD_URL:
    "the Argo CD plugin's schema shows argocd.baseUrl and each instance url to the browser, which links to the Argo CD UI (an address; the token stays secret)",
  DEVSTACK_ARGOCD_URL: 'the same, for the dev stack simulator',
  EKS_DEV_API_URL:
    "the Kubernetes backend's schema shows each cluster's API address to the browser (an address; the CA data and AWS role stay secret). The app's bundle does not carry that schema, so it is not served (see below)",
  EKS_STAGING_API_URL: 'the same',
  EKS_PROD_API_URL: 'the same',
  DEVSTACK_KUBERNETES_URL: 'the same, for the dev stack simulator',
};

const ENVIRONMENTS: Environment[] = ['development', 'production'];

function secretsOf(environment: Record<string, string>) {
  return Object.fromEntries(
    Object.entries(environment).filter(([name]) => !(name in PUBLIC_VARIABLES)),
  );
}

describe('the frontend configuration holds no secret', () => {
  let workspaceSchema: ConfigSchema;

  beforeAll(async () => {
    workspaceSchema = await loadSchemaOf(await workspacePackageNames());
  });

  function frontendView(configs: AppConfig[]) {
    return workspaceSchema.process(configs, { visibility: ['frontend'] });
  }

  it('finds a secret placed under a key the browser sees (the check works)', async () => {
    const configs = await loadAppConfigs(CONFIG_FILES.development, {});
    const planted: AppConfig = {
      context: 'planted.yaml',
      data: { app: { title: 'portal fake-secret-123' } },
    };
    expect(
      findSecretsInFrontendConfig(frontendView([...configs, planted]), {
        PLANTED: 'fake-secret-123',
      }),
    ).toEqual([
      { context: 'planted.yaml', path: 'app.title', detail: 'holds PLANTED' },
    ]);
  });

  it.each(ENVIRONMENTS)(
    '%s: none of the substituted values nor any secret-named key, with every package schema',
    async environmentName => {
      const files = CONFIG_FILES[environmentName];
      const environment = fakeEnvironment(files);
      const configs = await loadAppConfigs(files, environment);

      // The fake values did go into the files' configuration (no vacuous pass).
      const loaded = JSON.stringify(configs);
      for (const value of Object.values(environment)) {
        expect(loaded).toContain(value);
      }

      const frontend = frontendView(configs);
      expect(
        findSecretsInFrontendConfig(frontend, secretsOf(environment)),
      ).toEqual([]);
      // The browser still gets what it needs.
      const visible = ConfigReader.fromConfigs(frontend);
      expect(visible.getString('app.title')).toBe(
        'LOCAL-PLUS Developer Portal',
      );
      expect(visible.getString('backend.baseUrl')).toMatch(/^http/);
    },
  );
});

describe('the configuration the app backend injects into index.html', () => {
  let root: string;

  beforeAll(async () => {
    // An app build's dist folder, with the config schema the real build
    // bundles (the app and its workspace dependencies) and the app's own
    // HTML template; the JavaScript bundle plays no part in what is served
    // as configuration.
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'served-config-'));
    const dist = path.join(root, 'dist');
    fs.mkdirSync(path.join(dist, 'static'), { recursive: true });
    fs.writeFileSync(path.join(dist, 'static', 'main.js'), '');
    fs.copyFileSync(
      path.join(repositoryRoot, 'packages/app/public/index.html'),
      path.join(dist, 'index.html.tmpl'),
    );
    const schema = await loadSchemaOf(await appBuildPackageNames());
    fs.writeFileSync(
      path.join(dist, '.config-schema.json'),
      JSON.stringify(schema.serialize()),
    );
  });

  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it.each(ENVIRONMENTS)(
    '%s: what GET / serves holds no secret',
    async environmentName => {
      const files = CONFIG_FILES[environmentName];
      const environment = fakeEnvironment(files);
      const data = withInMemoryDatabase(
        ConfigReader.fromConfigs(
          await loadAppConfigs(files, environment),
        ).get(),
      );
      const override = overridePackagePathResolution({
        packageName: 'app',
        path: root,
      });
      const backend = await startTestBackend({
        features: [appPlugin, mockServices.rootConfig.factory({ data })],
      });
      try {
        const response = await request(backend.server).get('/');
        expect(response.status).toBe(200);
        const injected = response.text.match(
          /<script type="backstage.io\/config">([\s\S]*?)<\/script>/,
        );
        expect(injected).not.toBeNull();
        const served: AppConfig[] = JSON.parse(injected![1]);
        expect(ConfigReader.fromConfigs(served).getString('app.title')).toBe(
          'LOCAL-PLUS Developer Portal',
        );
        expect(
          findSecretsInFrontendConfig(served, secretsOf(environment)),
        ).toEqual([]);
        // Nor anywhere else in the page.
        for (const [variable, secret] of Object.entries(
          secretsOf(environment),
        )) {
          expect({ variable, found: response.text.includes(secret) }).toEqual({
            variable,
            found: false,
          });
        }
      } finally {
        await backend.stop();
        override.restore();
      }
    },
  );
});
