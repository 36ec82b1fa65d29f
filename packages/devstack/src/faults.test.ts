import { FaultRegistry } from './faults';
import { InputError as FaultSpecError } from './http';

describe('FaultRegistry', () => {
  const registry = new FaultRegistry(['eks-dev', 'eks-prod']);
  afterEach(() => registry.clear());

  it('fails with 500 by default, only for its target', () => {
    registry.add({ target: 'eks-dev' });
    expect(registry.take(['eks-dev'], '/api/v1/pods')).toMatchObject({
      status: 500,
      delayMs: 0,
    });
    expect(registry.take(['eks-prod'], '/api/v1/pods')).toBeUndefined();
  });

  it('delays without failing when only a delay is given', () => {
    registry.add({ target: '*', delayMs: 100 });
    const fault = registry.take(['eks-prod'], '/version');
    expect(fault?.status).toBeUndefined();
    expect(fault?.delayMs).toBe(100);
  });

  it('honours a path prefix and a number of uses', () => {
    registry.add({ target: 'eks-prod', pathPrefix: '/apis/apps', times: 2 });
    expect(registry.take(['eks-prod'], '/api/v1/pods')).toBeUndefined();
    expect(
      registry.take(['eks-prod'], '/apis/apps/v1/deployments'),
    ).toBeDefined();
    expect(
      registry.take(['eks-prod'], '/apis/apps/v1/replicasets'),
    ).toBeDefined();
    expect(
      registry.take(['eks-prod'], '/apis/apps/v1/replicasets'),
    ).toBeUndefined();
    expect(registry.list()).toEqual([]);
  });

  it.each([
    [{ target: 'eks-nowhere' }],
    [{ target: '../etc' }],
    [{ target: 'eks-dev', status: 302 }],
    [{ target: 'eks-dev', delayMs: -1 }],
    [{ target: 'eks-dev', delayMs: 10_000_000 }],
    [{ target: 'eks-dev', times: 0 }],
    [{ target: 'eks-dev', pathPrefix: 'no-slash' }],
    [{ target: 'eks-dev', extra: true }],
    ['not an object'],
  ])('rejects %j', spec => {
    expect(() => registry.add(spec)).toThrow(FaultSpecError);
  });
});
