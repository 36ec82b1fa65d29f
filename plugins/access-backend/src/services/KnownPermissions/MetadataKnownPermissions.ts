import type {
  AuthService,
  DiscoveryService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';
import type {
  KnownPermission,
  KnownPermissionsService,
  KnownPermissionsSnapshot,
  UnavailablePlugin,
} from './KnownPermissions';
import {
  permissionMetadataSchema,
  toPermission,
} from './permissionMetadataSchema';

const METADATA_PATH = '/.well-known/backstage/permissions/metadata';

export type MetadataKnownPermissionsOptions = {
  pluginIds: string[];
  discovery: DiscoveryService;
  auth: AuthService;
  logger: LoggerService;
  /** How long a complete answer is reused. Default one minute. */
  ttlMs?: number;
  /** How long an answer with a failed plugin is reused. Default ten seconds. */
  failureTtlMs?: number;
  /** Per plugin. Default five seconds. */
  timeoutMs?: number;
  now?: () => number;
};

/**
 * Reads each plugin's permission metadata endpoint with a service token.
 * Permissions change only when a plugin is deployed, so answers are reused
 * for a minute; a plugin that failed is asked again sooner.
 */
export class MetadataKnownPermissions implements KnownPermissionsService {
  private cached?: { at: number; value: Promise<KnownPermissionsSnapshot> };

  constructor(private readonly options: MetadataKnownPermissionsOptions) {}

  async list(): Promise<KnownPermissionsSnapshot> {
    const now = (this.options.now ?? Date.now)();
    if (
      this.cached &&
      now - this.cached.at < (await this.ttlOf(this.cached.value))
    ) {
      return this.cached.value;
    }
    // Concurrent callers share the one load in flight.
    const value = this.load();
    this.cached = { at: now, value };
    return value;
  }

  private async ttlOf(value: Promise<KnownPermissionsSnapshot>) {
    const { unavailable } = await value;
    return unavailable.length > 0
      ? this.options.failureTtlMs ?? 10_000
      : this.options.ttlMs ?? 60_000;
  }

  private async load(): Promise<KnownPermissionsSnapshot> {
    const results = await Promise.all(
      this.options.pluginIds.map(async pluginId => {
        try {
          return { pluginId, permissions: await this.read(pluginId) };
        } catch (error) {
          const message =
            error instanceof Error ? error.message : String(error);
          this.options.logger.warn(
            `Could not read the permissions of plugin ${pluginId}: ${message}`,
          );
          return { pluginId, error: message };
        }
      }),
    );
    const permissions: KnownPermission[] = [];
    const unavailable: UnavailablePlugin[] = [];
    const seen = new Set<string>();
    for (const result of results) {
      if ('error' in result) {
        unavailable.push({ pluginId: result.pluginId, error: result.error! });
        continue;
      }
      for (const permission of result.permissions) {
        // A permission one plugin re-registers from another is listed once,
        // under the first plugin of the configured order.
        if (!seen.has(permission.name)) {
          seen.add(permission.name);
          permissions.push({ pluginId: result.pluginId, permission });
        }
      }
    }
    return { permissions, unavailable };
  }

  private async read(pluginId: string) {
    const { discovery, auth } = this.options;
    const baseUrl = await discovery.getBaseUrl(pluginId);
    const { token } = await auth.getPluginRequestToken({
      onBehalfOf: await auth.getOwnServiceCredentials(),
      targetPluginId: pluginId,
    });
    const response = await fetch(`${baseUrl}${METADATA_PATH}`, {
      headers: { Authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 5_000),
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    const parsed = permissionMetadataSchema.safeParse(await response.json());
    if (!parsed.success) {
      throw new Error(
        `its permission metadata is malformed (${parsed.error.issues[0]?.path.join(
          '.',
        )}: ${parsed.error.issues[0]?.message})`,
      );
    }
    return parsed.data.permissions.map(toPermission);
  }
}
