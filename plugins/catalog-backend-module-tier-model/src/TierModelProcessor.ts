import { Entity } from '@backstage/catalog-model';
import {
  CatalogProcessor,
  CatalogProcessorEmit,
  LocationSpec,
  processingResult,
} from '@backstage/plugin-catalog-node';
import { TierModel } from '@localplus/plugin-tiers-common';
import { checkTierRules } from './checkTierRules';
import { CompiledTierModel, compileTierModel } from './compileTierModel';

/**
 * Checks every entity against the LOCAL-PLUS tier model. Violations are
 * emitted as input errors: the entity is held back and shows a catalog
 * processing error, every other entity still ingests.
 */
export class TierModelProcessor implements CatalogProcessor {
  private readonly model: CompiledTierModel;

  constructor(model: TierModel) {
    this.model = compileTierModel(model);
  }

  getProcessorName(): string {
    return 'TierModelProcessor';
  }

  // After validation, so the rules see a well-formed entity (kind, name, spec).
  async postProcessEntity(
    entity: Entity,
    location: LocationSpec,
    emit: CatalogProcessorEmit,
  ): Promise<Entity> {
    for (const { message } of checkTierRules(entity, this.model)) {
      emit(processingResult.inputError(location, message));
    }
    return entity;
  }
}
