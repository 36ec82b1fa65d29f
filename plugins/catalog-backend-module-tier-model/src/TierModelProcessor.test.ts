import { processingResult } from '@backstage/plugin-catalog-node';
import { TIER_ERROR_PREFIX } from '@localplus/plugin-tiers-common';
import {
  domainComponent,
  fixtureTierModel,
} from './__testUtils__/tierModelFixture';
import { TierModelProcessor } from './TierModelProcessor';

const location = { type: 'file', target: '/catalog/components.yaml' };

describe('TierModelProcessor', () => {
  const processor = new TierModelProcessor(fixtureTierModel());

  it('is named for the catalog', () => {
    expect(processor.getProcessorName()).toBe('TierModelProcessor');
  });

  it('emits nothing for a good entity and returns it unchanged', async () => {
    const emit = jest.fn();
    const entity = domainComponent();
    await expect(
      processor.postProcessEntity(entity, location, emit),
    ).resolves.toBe(entity);
    expect(emit).not.toHaveBeenCalled();
  });

  it('emits one input error per violation, at the entity location', async () => {
    const emit = jest.fn();
    const entity = domainComponent({ name: 'ledger', owner: 'user:bob' });
    await processor.postProcessEntity(entity, location, emit);
    expect(emit).toHaveBeenCalledTimes(2);
    const [nameError, ownerError] = emit.mock.calls.map(([result]) => result);
    expect(nameError).toMatchObject({ type: 'error', location });
    expect(nameError.error.name).toBe('InputError');
    expect(nameError.error.message).toMatch(
      new RegExp(`^${TIER_ERROR_PREFIX} component:default/ledger is named`),
    );
    expect(ownerError.error.message).toContain('is owned by user:default/bob');
    expect(nameError.type).toBe(
      processingResult.inputError(location, 'x').type,
    );
  });

  it('fails to build from a model whose owners are not entity refs', () => {
    const model = fixtureTierModel();
    model.levels[1].owners = ['group:'];
    expect(() => new TierModelProcessor(model)).toThrow(
      'Invalid tier model at localplus.tiers.levels.1.owners: group: is not an entity ref',
    );
  });
});
