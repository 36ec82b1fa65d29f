import type { LoggerService } from '@backstage/backend-plugin-api';
import { InputError, NotFoundError } from '@backstage/errors';
import {
  ADR_LOCATION_ANNOTATION,
  NewDecisionRequest,
  NewDecisionResult,
} from '@localplus/plugin-adr-common';
import type { AuthoringService } from '../authoring/AuthoringService';
import type { DecisionIndexer } from '../indexer/DecisionIndexer';
import type { DecisionSources } from '../sources/DecisionSources';
import { decisionFolderReference } from '../sources/resolveDecisionFolder';
import type { DecisionStore } from '../store/DecisionStore';

export interface NewRecordServiceOptions {
  sources: DecisionSources;
  store: DecisionStore;
  authoring: Pick<AuthoringService, 'create'>;
  indexer: Pick<DecisionIndexer, 'refresh'>;
  logger: LoggerService;
}

/**
 * POST /records: finds the entity's decision folder and its current
 * decisions, has the authoring service number, render and write the
 * record, and, when it was written to the development repository, reads
 * the entity again so the draft is in the log at once.
 */
export class NewRecordService {
  constructor(private readonly options: NewRecordServiceOptions) {}

  async create(
    request: NewDecisionRequest,
    author: string,
  ): Promise<NewDecisionResult> {
    const { sources, store, authoring, indexer, logger } = this.options;
    const entity = await sources.getEntity(request.entityRef);
    if (!entity) {
      throw new NotFoundError(`No entity ${request.entityRef} in the catalog`);
    }
    if (!decisionFolderReference(entity)) {
      throw new InputError(
        `Invalid new decision: entityRef: ${request.entityRef} has no ${ADR_LOCATION_ANNOTATION} annotation, so no decision folder to add to`,
      );
    }
    const folder = sources.resolveFolder(entity);
    const existing = await store.listSummaries({ entityRef: folder.entityRef });
    const result = await authoring.create(request, {
      folder,
      existing,
      author,
    });
    if (result.target === 'local') {
      try {
        await indexer.refresh(folder.entityRef);
      } catch (error) {
        // The record is written; the next scheduled refresh will index it.
        logger.warn(
          `The new record ${result.decisionId} is written but could not be indexed yet: ${error}`,
        );
      }
    }
    return result;
  }
}
