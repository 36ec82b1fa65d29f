import { SEED_TIER_MODEL } from '@localplus/plugin-tiers-common/testUtils';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import {
  complianceCollectorsExtensionPoint,
  EvidenceCollector,
} from '@localplus/plugin-compliance-node';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { collectionContext, component } from './__testUtils__/collectorFixture';
import {
  ENTERPRISE_API,
  setupGithubApiMock,
  strictProtection,
  TOKEN,
} from './__testUtils__/githubApiMock';
import { complianceModuleGithubCollector } from './module';

jest.setTimeout(60_000);

const github = setupGithubApiMock();

/**
 * The module in a backend with the real catalog, reading components from a
 * catalog file, and the compliance plugin's extension point stood in for.
 */
async function start(config: object) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'compliance-github-'));
  const catalogFile = path.join(folder, 'catalog-info.yaml');
  fs.writeFileSync(
    catalogFile,
    [
      component('svc-ledger', 'localplus/svc-ledger', 'T3'),
      component('bootstrap', 'localplus/bootstrap', 'T0'),
      component('no-repository', undefined),
    ]
      .map(entity => YAML.stringify(entity))
      .join('---\n'),
  );
  const collectors: EvidenceCollector[] = [];
  const logger = mockServices.logger.mock();
  const backend = await startTestBackend({
    extensionPoints: [
      [
        complianceCollectorsExtensionPoint,
        {
          addCollector: (collector: EvidenceCollector) =>
            collectors.push(collector),
        },
      ],
    ],
    features: [
      complianceModuleGithubCollector,
      catalogPlugin,
      logger.factory,
      mockServices.rootConfig.factory({
        data: {
          ...config,
          catalog: {
            rules: [{ allow: ['Component'] }],
            locations: [{ type: 'file', target: catalogFile }],
            processingInterval: { seconds: 1 },
          },
        },
      }),
    ],
  }).catch(error => {
    fs.rmSync(folder, { recursive: true, force: true });
    throw error;
  });
  return {
    collectors,
    logged: () => logger.info.mock.calls.map(call => String(call[0])),
    warned: () => logger.warn.mock.calls.map(call => String(call[0])),
    stop: async () => {
      await backend.stop();
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Collects until the catalog has processed the two components that name a repository. */
async function collectOnceCatalogIsReady(collector: EvidenceCollector) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const observations = await collector.collect(collectionContext());
    if (observations.length === 2) return observations;
    if (Date.now() > deadline) {
      throw new Error(
        `The catalog held ${observations.length} of 2 repositories in time`,
      );
    }
    github.calls.length = 0;
    await new Promise(resolve => setTimeout(resolve, 250));
  }
}

describe('complianceModuleGithubCollector', () => {
  it('adds the github collector, which reads the real catalog and GitHub Enterprise', async () => {
    github.serve(
      {
        'localplus/svc-ledger': { protection: strictProtection(1) },
        'localplus/bootstrap': { protection: strictProtection(1) },
      },
      ENTERPRISE_API,
    );
    const { collectors, logged, warned, stop } = await start({
      localplus: { tiers: SEED_TIER_MODEL },
      compliance: { github: { baseUrl: ENTERPRISE_API } },
      integrations: {
        github: [
          {
            host: 'github.com',
            token: 'ghp_notForEnterprise0123456789abcdefAB',
          },
          {
            host: 'ghe.localplus.example',
            apiBaseUrl: ENTERPRISE_API,
            token: TOKEN,
          },
        ],
      },
    });
    try {
      expect(
        collectors.map(c => [c.id, c.checks.map(check => check.id)]),
      ).toEqual([['github', ['branch-protection']]]);
      const observations = await collectOnceCatalogIsReady(collectors[0]);

      expect(observations.map(o => [o.subject, o.entityRef, o.result])).toEqual(
        [
          [
            'repository:localplus/bootstrap',
            'component:default/bootstrap',
            'fail',
          ],
          [
            'repository:localplus/svc-ledger',
            'component:default/svc-ledger',
            'pass',
          ],
        ],
      );
      expect(observations[0].summary).toContain('(2 required for T0)');
      expect(new Set(github.calls.map(call => call.authorization))).toEqual(
        new Set([`token ${TOKEN}`]),
      );
      expect(logged()).toContain(
        `GitHub evidence collector reads ${ENTERPRISE_API} with the token of integrations.github[host=ghe.localplus.example].token`,
      );
      expect(logged().join('\n')).not.toContain(TOKEN);
      expect(warned().join('\n')).not.toContain('no tier model');
    } finally {
      await stop();
    }
  });

  it('warns at startup that without a tier model no repository has a tier', async () => {
    const { warned, stop } = await start({});
    try {
      expect(warned()).toContain(
        'GitHub evidence collector: no tier model (localplus.tiers), so no component has a tier and every repository is held to minReviews',
      );
    } finally {
      await stop();
    }
  });

  it('stops startup on an invalid setting, naming the key', async () => {
    await expect(
      start({ compliance: { github: { baseUrl: 'ftp://ghe' } } }),
    ).rejects.toThrow(
      'Invalid compliance.github config: compliance.github.baseUrl: must be an http or https URL',
    );
  });
});
