import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { startCollectorBackend } from './__testUtils__/startCollectorBackend';
import {
  SEED_TIER_MODEL,
  tierModelConfig,
} from '@localplus/plugin-tiers-common/testUtils';

describe('complianceModuleAdrCollector', () => {
  it('adds the adr collector with its check to the compliance backend', async () => {
    const { collector, backend, warned } = await startCollectorBackend({
      features: [catalogServiceMock.factory()],
      config: { localplus: { tiers: SEED_TIER_MODEL } },
    });

    expect(collector).toMatchObject({
      id: 'adr',
      title: 'Architecture decisions',
    });
    expect(collector.checks.map(check => check.id)).toEqual([
      'change-decision',
    ]);
    expect(collector.checks[0].description).toMatch(
      /^Every Component of tier T0 or T1 by default \(params.tiers names levels of the tier model; a component's tier is read from localplus.io\/tier, in any case\)/,
    );
    expect(warned().join('\n')).not.toContain('no tier model');
    await backend.stop();
  });

  it("names the configured tier model's annotation and default tiers to the auditor", async () => {
    const { collector, backend } = await startCollectorBackend({
      features: [catalogServiceMock.factory()],
      config: {
        localplus: {
          tiers: tierModelConfig('example.com/tier', ['gold', 'silver', 'x']),
        },
      },
    });

    expect(collector.checks[0].description).toContain(
      "Every Component of tier gold or silver by default (params.tiers names levels of the tier model; a component's tier is read from example.com/tier, in any case)",
    );
    await backend.stop();
  });

  it('warns at startup that without a tier model the check cannot run', async () => {
    const { collector, backend, warned } = await startCollectorBackend({
      features: [catalogServiceMock.factory()],
      config: {},
    });

    expect(warned()).toContain(
      'ADR evidence collector: no tier model (localplus.tiers), so adr.change-decision reports one error and observes no component',
    );
    expect(collector.checks[0].description).toContain(
      'No tier model is configured (localplus.tiers)',
    );
    await backend.stop();
  });

  it('refuses an invalid tier model at startup, naming the key', async () => {
    await expect(
      startCollectorBackend({
        features: [catalogServiceMock.factory()],
        config: { localplus: { tiers: { annotation: 'example.com/tier' } } },
      }),
    ).rejects.toThrow('Invalid tier model at localplus.tiers.levels');
  });
});
