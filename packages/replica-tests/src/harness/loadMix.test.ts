import { portalLoadMix } from './loadMix';

describe('the portal load mix', () => {
  it('adds up to 200 requests/s over twelve routes by default', () => {
    const routes = portalLoadMix({});
    expect(routes).toHaveLength(12);
    expect(routes.reduce((sum, route) => sum + route.rate, 0)).toBe(200);
  });

  it('scales to another total, every route keeping at least 1 request/s', () => {
    const routes = portalLoadMix({}, 50);
    const total = routes.reduce((sum, route) => sum + route.rate, 0);
    expect(total).toBeGreaterThanOrEqual(48);
    expect(total).toBeLessThanOrEqual(54);
    expect(routes.every(route => route.rate >= 1)).toBe(true);
  });
});
