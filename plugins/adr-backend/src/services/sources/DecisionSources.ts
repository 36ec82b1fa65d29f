import type { Entity } from '@backstage/catalog-model';
import type { DecisionProblem } from '@localplus/plugin-adr-common';
import type { DecisionFolder, DecisionFolderFile } from './DecisionFolder';

/** What one read of a decision folder gave: the files, and those it could not read. */
export interface FolderRead {
  files: DecisionFolderFile[];
  problems: DecisionProblem[];
}

/** The drafts the development repository holds for an entity (`LocalDecisionRepository`). */
export interface LocalDraftSource {
  list(entityRef: string): Promise<DecisionFolderFile[]>;
}

/** The entities with decision folders, and the reading of those folders. */
export interface DecisionSources {
  /** Every entity carrying `backstage.io/adr-location`. */
  listAnnotatedEntities(): Promise<Entity[]>;
  getEntity(entityRef: string): Promise<Entity | undefined>;
  /** The entity's folder; an InputError says why there is none. */
  resolveFolder(entity: Entity): DecisionFolder;
  /**
   * The folder's decision files (and, in development, the drafts written
   * for the entity). Throws when the folder cannot be read at all; a file
   * that cannot be read is one of the `problems`.
   */
  readFolder(entity: Entity, folder: DecisionFolder): Promise<FolderRead>;
}
