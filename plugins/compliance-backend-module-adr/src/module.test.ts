import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { startCollectorBackend } from './__testUtils__/startCollectorBackend';

describe('complianceModuleAdrCollector', () => {
  it('adds the adr collector with its check to the compliance backend', async () => {
    const { collector, backend } = await startCollectorBackend({
      features: [catalogServiceMock.factory()],
      config: {},
    });

    expect(collector).toMatchObject({
      id: 'adr',
      title: 'Architecture decisions',
    });
    expect(collector.checks.map(check => check.id)).toEqual([
      'change-decision',
    ]);
    await backend.stop();
  });
});
