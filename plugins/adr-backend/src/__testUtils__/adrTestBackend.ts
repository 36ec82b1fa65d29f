import type { BackendFeature } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import type { JsonObject } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createAdrPlugin } from '../plugin';

/** One entity's decision folder, as the harness writes it. */
export interface AdrTestFolder {
  /** The entity owning the folder; a Component unless `kind` says otherwise. */
  entity: {
    name: string;
    kind?: string;
    namespace?: string;
    title?: string;
    /** `spec.system`, e.g. `localplus-platform`. */
    system?: string;
    /** `spec.owner`, e.g. `group:default/platform-team`. */
    owner?: string;
  };
  /** File name -> text: the records of the folder. */
  files: Record<string, string>;
}

export interface AdrTestBackendOptions {
  folders: AdrTestFolder[];
  /** More catalog entities: people, groups, systems. */
  entities?: Entity[];
  /**
   * More features: parser modules, a permission backend with a policy (then
   * set `permission.enabled` in `config`), an auditor. Without a permission
   * backend every request with credentials is allowed.
   */
  features?: BackendFeature[];
  /** Root config merged over the harness's (`adr` merged key by key). */
  config?: JsonObject;
  /** The plugin's business clock. */
  now?: () => Date;
}

function folderEntity(root: string, folder: AdrTestFolder): Entity {
  const { entity } = folder;
  const kind = entity.kind ?? 'Component';
  const namespace = entity.namespace ?? 'default';
  const directory = path.join(root, 'catalog', namespace, entity.name);
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: {
      name: entity.name,
      namespace,
      ...(entity.title ? { title: entity.title } : {}),
      annotations: {
        'backstage.io/managed-by-location': `file:${path.join(
          directory,
          'catalog-info.yaml',
        )}`,
        'backstage.io/adr-location': './adr',
      },
    },
    spec: {
      ...(kind === 'Component'
        ? { type: 'service', lifecycle: 'production' }
        : {}),
      ...(entity.owner ? { owner: entity.owner } : {}),
      ...(entity.system ? { system: entity.system } : {}),
    },
  };
}

/**
 * The ADR backend plugin, started with `startTestBackend` over decision
 * folders written to a scratch directory (file locations, as in
 * development) and the catalog test double. Decisions are parsed by the
 * installed parsers (the built-in ones unless `features` adds a module),
 * new records go to a local repository in the scratch directory, and the
 * index is built before this resolves. Requests need credentials, e.g.
 * `mockCredentials.user.header()` or `mockCredentials.service.header()`.
 * No jest in here, so benchmarks can use it too; call `stop()` at the end.
 */
export async function startAdrTestBackend(options: AdrTestBackendOptions) {
  const rootDir = await fs.mkdtemp(path.join(os.tmpdir(), 'adr-backend-'));
  try {
    const entities = options.folders.map(folder =>
      folderEntity(rootDir, folder),
    );
    for (const [index, folder] of options.folders.entries()) {
      const annotations = entities[index].metadata.annotations!;
      const entityFile = annotations['backstage.io/managed-by-location'].slice(
        'file:'.length,
      );
      const adrFolder = path.join(path.dirname(entityFile), 'adr');
      await fs.mkdir(adrFolder, { recursive: true });
      for (const [fileName, text] of Object.entries(folder.files)) {
        await fs.writeFile(path.join(adrFolder, fileName), text);
      }
    }
    const adrConfig = (options.config?.adr ?? {}) as JsonObject;
    const backend = await startTestBackend({
      features: [
        createAdrPlugin({ now: options.now }),
        catalogServiceMock.factory({
          entities: [...entities, ...(options.entities ?? [])],
        }),
        mockServices.httpAuth.factory({
          defaultCredentials: mockCredentials.none(),
        }),
        // Runs the refresh task at startup, so the index is there at once.
        mockServices.scheduler.factory({
          includeInitialDelayedTasksOnStartup: true,
        }),
        ...(options.features ?? []),
        mockServices.rootConfig.factory({
          data: {
            backend: { baseUrl: 'http://localhost:7007' },
            ...options.config,
            adr: {
              authoring: {
                target: 'local',
                localRepository: path.join(rootDir, 'drafts'),
              },
              review: { pullRequests: false },
              ...adrConfig,
            },
          },
        }),
      ],
    });
    return {
      backend,
      server: backend.server,
      entities,
      /** The scratch directory: `catalog/<namespace>/<name>/adr/` and the `drafts` repository. */
      rootDir,
      /** The folder of one entity's records, to change them between refreshes. */
      folderOf: (name: string, namespace = 'default') =>
        path.join(rootDir, 'catalog', namespace, name, 'adr'),
      async stop() {
        await backend.stop();
        await fs.rm(rootDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await fs.rm(rootDir, { recursive: true, force: true });
    throw error;
  }
}
