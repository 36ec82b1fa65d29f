import type { JsonObject } from '@backstage/types';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { catalogEntities } from '../__fixtures__/catalogEntities';
import { createValidateServiceParametersAction } from './createValidateServiceParametersAction';

const parameters = {
  name: 'svc-loyalty-tiers',
  description: 'Computes loyalty tiers from earn and burn history.',
  owner: 'group:default/team-loyalty',
  system: 'system:default/localplus-core',
  criticality: 'P0',
  apiStyle: 'rest-grpc',
  database: 'postgresql',
  cache: 'valkey',
  kafka: 'producer',
  publicPath: '/loyalty-tiers',
  availabilityTarget: 99.9,
  latencyP99Ms: 200,
  secrets: [],
};

describe('localplus:service:validate-parameters', () => {
  const action = createValidateServiceParametersAction({
    catalog: catalogServiceMock({ entities: catalogEntities }),
    rules: {
      productTeamsParent: 'product-teams',
      systemPattern: /^localplus-/,
    },
  });

  async function run(values: Record<string, unknown>) {
    const ctx = createMockActionContext({
      input: { parameters: values as JsonObject },
    });
    await action.handler(ctx as Parameters<typeof action.handler>[0]);
    return ctx;
  }

  it('outputs the checked, normalised values', async () => {
    const ctx = await run(parameters);
    expect(ctx.output).toHaveBeenCalledWith(
      'values',
      expect.objectContaining({
        name: 'svc-loyalty-tiers',
        owner: 'team-loyalty',
        system: 'localplus-core',
      }),
    );
  });

  it('refuses a name the catalog already has', async () => {
    await expect(run({ ...parameters, name: 'svc-ledger' })).rejects.toThrow(
      'name: "svc-ledger" is already taken in the catalog by component:default/svc-ledger',
    );
  });

  it('refuses an owner that is not a product team, and an unknown system', async () => {
    const attempt = run({
      ...parameters,
      owner: 'platform-team',
      system: 'localplus-nowhere',
    });
    await expect(attempt).rejects.toThrow(
      /owner: "platform-team" is not a product team/,
    );
    await expect(
      run({ ...parameters, system: 'localplus-nowhere' }),
    ).rejects.toThrow(
      'system: "localplus-nowhere" does not exist in the catalog',
    );
    await expect(
      run({ ...parameters, system: 'ecommerce-platform' }),
    ).rejects.toThrow(
      /system: "ecommerce-platform" is not a LOCAL-PLUS system/,
    );
    await expect(run({ ...parameters, owner: 'team-ghosts' })).rejects.toThrow(
      'owner: group "team-ghosts" does not exist in the catalog',
    );
  });

  it('lists every malformed field at once, before asking the catalog', async () => {
    const error = await run({
      ...parameters,
      name: '../../etc/passwd',
      description: '$(rm -rf /)',
      cache: 'memcached',
    }).catch(e => e);
    expect(error.name).toBe('InputError');
    expect(error.message).toMatch(/^The service parameters are invalid:/);
    expect(error.message).toMatch(/- name: /);
    expect(error.message).toMatch(/- description: /);
    expect(error.message).toMatch(/- cache: /);
  });

  it('refuses a parameter object that is not one', async () => {
    await expect(run({})).rejects.toThrow(/name: /);
  });
});
