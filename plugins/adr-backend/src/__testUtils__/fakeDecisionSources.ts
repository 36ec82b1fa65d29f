import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import type { DecisionFolder } from '../services/sources/DecisionFolder';
import type {
  DecisionSources,
  FolderRead,
} from '../services/sources/DecisionSources';

/** A decision folder of the fake sources: file name -> text, or why it cannot be read. */
export type FakeFolder = Record<string, string> | Error;

/**
 * Decision sources over an in-memory catalog and folders, for the indexer's
 * tests. An entity whose annotation is `./adr` has a URL folder at
 * `https://git.example/<name>/adr`; any other value does not resolve.
 * Tests change `entities` and `folders` between refreshes.
 */
export function fakeDecisionSources(initial: {
  entities: Entity[];
  folders: Record<string, FakeFolder>;
}) {
  const state = { ...initial };
  const refOf = (entity: Entity) =>
    stringifyEntityRef(entity).toLocaleLowerCase('en-US');
  const sources: DecisionSources = {
    async listAnnotatedEntities() {
      return state.entities.filter(
        e =>
          e.metadata.annotations?.['backstage.io/adr-location'] !== undefined,
      );
    },
    async getEntity(entityRef) {
      return state.entities.find(e => refOf(e) === entityRef.toLowerCase());
    },
    resolveFolder(entity): DecisionFolder {
      const reference =
        entity.metadata.annotations?.['backstage.io/adr-location'];
      if (reference !== './adr') {
        throw new InputError(`Cannot resolve ${reference}`);
      }
      return {
        type: 'url',
        entityRef: refOf(entity),
        url: `https://git.example/${entity.metadata.name}/adr`,
      };
    },
    async readFolder(entity, folder): Promise<FolderRead> {
      const files = state.folders[refOf(entity)];
      if (files === undefined || files instanceof Error) {
        throw files ?? new Error(`No folder for ${refOf(entity)}`);
      }
      const url = folder.type === 'url' ? folder.url : folder.reference;
      return {
        files: Object.entries(files).map(([fileName, text]) => ({
          fileName,
          location: `${url}/${fileName}`,
          text,
        })),
        problems: [],
      };
    },
  };
  return { sources, state };
}

/** A catalog entity with a decision folder (`./adr`) unless told otherwise. */
export function annotatedEntity(
  kind: string,
  name: string,
  options: {
    adrLocation?: string | null;
    system?: string;
    owner?: string;
  } = {},
): Entity {
  const adrLocation =
    options.adrLocation === undefined ? './adr' : options.adrLocation;
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: {
      name,
      namespace: 'default',
      annotations:
        adrLocation === null
          ? {}
          : { 'backstage.io/adr-location': adrLocation },
    },
    spec: {
      ...(options.system ? { system: options.system } : {}),
      ...(options.owner ? { owner: options.owner } : {}),
    },
  };
}
