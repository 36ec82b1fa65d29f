import { startCollectorBackend } from './__testUtils__/startCollectorBackend';

describe('complianceModuleOncallCollector', () => {
  it('adds the oncall collector with its two checks to the compliance backend', async () => {
    const { collector, backend } = await startCollectorBackend({
      features: [],
      config: {},
    });

    expect(collector).toMatchObject({ id: 'oncall', title: 'On-call' });
    expect(collector.checks.map(check => check.id)).toEqual([
      'rotation-coverage',
      'page-acknowledgement',
    ]);
    await backend.stop();
  });
});
