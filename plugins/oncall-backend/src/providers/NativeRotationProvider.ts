import type {
  AuthService,
  LoggerService,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { readEntityRelativeFile } from '@localplus/entity-files-node';
import {
  MAX_ROTATION_FILE_BYTES,
  NATIVE_PROVIDER_ID,
  ONCALL_ROTATION_ANNOTATION,
  parseRotationFile,
  RotationProblem,
} from '@localplus/plugin-oncall-common';
import type {
  OnCallProvider,
  ProvidedRotation,
  ProvidedRotations,
} from '@localplus/plugin-oncall-node';
import type { CatalogService } from '@backstage/plugin-catalog-node';

type GroupRead =
  | { rotation: ProvidedRotation; problems: RotationProblem[] }
  | { rotation?: undefined; problems: RotationProblem[] };

/**
 * The built-in provider: the rotation files that groups point at with
 * `localplus.io/oncall-rotation`, each owned by the group pointing at it.
 * A file that cannot be read or parsed is a problem of its group alone.
 */
export class NativeRotationProvider implements OnCallProvider {
  readonly id = NATIVE_PROVIDER_ID;

  constructor(
    private readonly options: {
      catalog: CatalogService;
      auth: AuthService;
      urlReader: UrlReaderService;
      logger: LoggerService;
    },
  ) {}

  async listRotations(): Promise<ProvidedRotations> {
    const { catalog, auth } = this.options;
    const credentials = await auth.getOwnServiceCredentials();
    const { items } = await catalog.getEntities(
      {
        filter: {
          kind: 'group',
          [`metadata.annotations.${ONCALL_ROTATION_ANNOTATION}`]:
            CATALOG_FILTER_EXISTS,
        },
      },
      { credentials },
    );
    // A stable order decides which of two rotations of one name comes second.
    const groups = [...items].sort((a, b) =>
      groupRef(a).localeCompare(groupRef(b)),
    );
    const reads = await Promise.all(groups.map(group => this.readGroup(group)));

    const rotations: ProvidedRotation[] = [];
    const problems: RotationProblem[] = [];
    const byName = new Map<string, ProvidedRotation>();
    for (const read of reads) {
      problems.push(...read.problems);
      if (!read.rotation) {
        continue;
      }
      const { name, owner } = read.rotation.definition;
      const first = byName.get(name);
      if (first) {
        problems.push({
          entityRef: owner,
          source: read.rotation.source,
          field: 'metadata.name',
          message: `The rotation name ${name} is already used by ${first.definition.owner} (${first.source}); this rotation is left out`,
        });
        continue;
      }
      byName.set(name, read.rotation);
      rotations.push(read.rotation);
    }
    return { rotations, problems };
  }

  private async readGroup(group: Entity): Promise<GroupRead> {
    const owner = groupRef(group);
    const annotated =
      group.metadata.annotations?.[ONCALL_ROTATION_ANNOTATION]?.trim() ?? '';
    let file: { location: string; text: string };
    try {
      file = await readEntityRelativeFile(group, {
        annotation: ONCALL_ROTATION_ANNOTATION,
        urlReader: this.options.urlReader,
        maxBytes: MAX_ROTATION_FILE_BYTES,
        what: 'rotation file',
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.options.logger.info(
        `The rotation file of ${owner} could not be read: ${message}`,
      );
      return {
        problems: [{ entityRef: owner, source: annotated, message }],
      };
    }
    const { definition, problems } = parseRotationFile(file.text, {
      source: file.location,
      owner,
    });
    if (!definition) {
      return { problems };
    }
    return {
      rotation: {
        provider: NATIVE_PROVIDER_ID,
        source: file.location,
        definition,
      },
      problems,
    };
  }
}

function groupRef(group: Entity): string {
  return stringifyEntityRef(group).toLocaleLowerCase('en-US');
}
