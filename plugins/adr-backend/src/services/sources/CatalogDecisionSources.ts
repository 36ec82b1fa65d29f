import type {
  AuthService,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import {
  ANNOTATION_LOCATION,
  Entity,
  parseLocationRef,
} from '@backstage/catalog-model';
import type { ScmIntegrationRegistry } from '@backstage/integration';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  FolderContents,
  readFolderInsideFolder,
} from '@localplus/entity-files-node';
import {
  ADR_LOCATION_ANNOTATION,
  DecisionProblem,
  MAX_DECISION_FILE_BYTES,
  MAX_DECISIONS_PER_FOLDER,
} from '@localplus/plugin-adr-common';
import { isDecisionFileName } from '@localplus/plugin-adr-node';
import type { DecisionFolder, DecisionFolderFile } from './DecisionFolder';
import type {
  DecisionSources,
  FolderRead,
  LocalDraftSource,
} from './DecisionSources';
import { readUrlDecisionFolder } from './readUrlDecisionFolder';
import { folderLocation, resolveDecisionFolder } from './resolveDecisionFolder';

/** What the indexer needs of an entity; the rest of it is not fetched. */
const ENTITY_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'metadata.annotations',
  'spec.system',
  'spec.owner',
];
const PAGE_SIZE = 500;

export interface CatalogDecisionSourcesOptions {
  catalog: CatalogService;
  auth: AuthService;
  urlReader: UrlReaderService;
  integrations: ScmIntegrationRegistry;
  /** Set in development when new records go to the local repository. */
  localDrafts?: LocalDraftSource;
  /** Which file names are decision records; adr-node's rule unless a test says otherwise. */
  isDecisionFile?: (fileName: string) => boolean;
  maxBytes?: number;
  maxFiles?: number;
}

/**
 * The entities with decision folders, read from the catalog as the plugin
 * itself, and their folders: URL folders through the UrlReader, file
 * folders (development) from disk inside the entity's folder. In
 * development the drafts the portal wrote are added, the folder's own file
 * winning when both have the same name.
 */
export class CatalogDecisionSources implements DecisionSources {
  private readonly maxBytes: number;
  private readonly maxFiles: number;
  private readonly include: (fileName: string) => boolean;

  constructor(private readonly options: CatalogDecisionSourcesOptions) {
    this.maxBytes = options.maxBytes ?? MAX_DECISION_FILE_BYTES;
    this.maxFiles = options.maxFiles ?? MAX_DECISIONS_PER_FOLDER;
    this.include = options.isDecisionFile ?? isDecisionFileName;
  }

  async listAnnotatedEntities(): Promise<Entity[]> {
    const { catalog, auth } = this.options;
    const credentials = await auth.getOwnServiceCredentials();
    const entities: Entity[] = [];
    let cursor: string | undefined;
    do {
      const page = await catalog.queryEntities(
        cursor
          ? { cursor, limit: PAGE_SIZE }
          : {
              filter: {
                [`metadata.annotations.${ADR_LOCATION_ANNOTATION}`]:
                  CATALOG_FILTER_EXISTS,
              },
              fields: ENTITY_FIELDS,
              limit: PAGE_SIZE,
            },
        { credentials },
      );
      entities.push(...page.items);
      cursor = page.pageInfo.nextCursor;
    } while (cursor);
    return entities;
  }

  async getEntity(entityRef: string): Promise<Entity | undefined> {
    const { catalog, auth } = this.options;
    return catalog.getEntityByRef(entityRef, {
      credentials: await auth.getOwnServiceCredentials(),
    });
  }

  resolveFolder(entity: Entity): DecisionFolder {
    return resolveDecisionFolder(entity, this.options.integrations);
  }

  async readFolder(
    entity: Entity,
    folder: DecisionFolder,
  ): Promise<FolderRead> {
    const contents =
      folder.type === 'url'
        ? await readUrlDecisionFolder(folder.url, {
            urlReader: this.options.urlReader,
            integrations: this.options.integrations,
            maxBytes: this.maxBytes,
            maxFiles: this.maxFiles,
            include: this.include,
          })
        : await readFolderInsideFolder(entityFile(entity), folder.reference, {
            annotation: ADR_LOCATION_ANNOTATION,
            what: 'decision folder',
            maxBytes: this.maxBytes,
            maxFiles: this.maxFiles,
            include: this.include,
          });
    const read = {
      files: contents.files as DecisionFolderFile[],
      problems: folderProblems(folder, contents, this.maxFiles),
    };
    return this.withLocalDrafts(folder, read);
  }

  private async withLocalDrafts(
    folder: DecisionFolder,
    read: FolderRead,
  ): Promise<FolderRead> {
    const { localDrafts } = this.options;
    if (!localDrafts) {
      return read;
    }
    let drafts: DecisionFolderFile[];
    try {
      drafts = await localDrafts.list(folder.entityRef);
    } catch (error) {
      const problem: DecisionProblem = {
        entityRef: folder.entityRef,
        location: folderLocation(folder),
        message: `The drafts of the development repository could not be read: ${
          (error as Error).message
        }`,
      };
      return { ...read, problems: [...read.problems, problem] };
    }
    const taken = new Set(read.files.map(file => file.fileName));
    const added = drafts
      .filter(draft => !taken.has(draft.fileName))
      .map(draft => ({ ...draft, localDraft: true }));
    return { ...read, files: [...read.files, ...added] };
  }
}

/** The file the catalog read the entity from; resolveFolder has checked it is a file location. */
function entityFile(entity: Entity): string {
  const managedBy = entity.metadata.annotations?.[ANNOTATION_LOCATION] ?? '';
  return parseLocationRef(managedBy).target;
}

function folderProblems(
  folder: DecisionFolder,
  contents: FolderContents,
  maxFiles: number,
): DecisionProblem[] {
  const { entityRef } = folder;
  const problems: DecisionProblem[] = contents.skipped.map(skipped => ({
    entityRef,
    location: skipped.location,
    fileName: skipped.fileName,
    message: `The file ${skipped.fileName} ${skipped.reason}; it was not read`,
  }));
  if (contents.omitted > 0) {
    problems.push({
      entityRef,
      location: folderLocation(folder),
      message: `The folder has more than ${maxFiles} decision files: ${contents.omitted} were not read`,
    });
  }
  if (contents.files.length === 0 && contents.skipped.length === 0) {
    problems.push({
      entityRef,
      location: folderLocation(folder),
      message: `No decision records were found in ${folderLocation(
        folder,
      )}: check that the folder exists and holds markdown records`,
    });
  }
  return problems;
}
