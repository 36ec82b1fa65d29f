import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

export const KUBERNETES_ID_ANNOTATION = 'backstage.io/kubernetes-id';

/** The part of a Backstage catalog entity the dev stack reads. */
export interface CatalogEntity {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    annotations?: Record<string, string>;
  };
  spec?: Record<string, unknown>;
  /** Absolute path of the YAML file the entity came from. */
  sourceFile: string;
}

/** One `servers` entry of an OpenAPI document the component provides. */
export type ApiServer = { url: string; description?: string };

/**
 * A catalog component that runs in the clusters: its `backstage.io/kubernetes-id`,
 * owning group (whose members author its commits), `localplus.io/tier`
 * (`T0`..`T5`), GitHub `owner/repo`, pinned namespace if any, and the servers
 * of the OpenAPI APIs it provides (none when it has no public REST API).
 */
export type DeployableComponent = ReturnType<
  typeof loadDeployableComponents
>[number];

/**
 * The catalog folder of the repository, found from this package's location
 * so that the dev stack works from any current directory. The package is
 * never built or installed elsewhere, so the repository is always around it.
 */
export function defaultCatalogDir(): string {
  const packageDir = path.dirname(
    require.resolve('@localplus/devstack/package.json'),
  );
  return path.resolve(packageDir, '../../catalog');
}

function listYamlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap(entry => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return listYamlFiles(full);
      return /\.ya?ml$/.test(entry.name) ? [full] : [];
    })
    .sort();
}

/**
 * Every Backstage entity in the YAML files under `catalogDir`. Files that are
 * not entities (OpenAPI documents, buf configuration) are skipped rather than
 * rejected, because the catalog folder holds API definitions too.
 */
export function readCatalogEntities(catalogDir: string): CatalogEntity[] {
  if (!fs.existsSync(catalogDir) || !fs.statSync(catalogDir).isDirectory()) {
    throw new Error(`Catalog directory not found: ${catalogDir}`);
  }
  return listYamlFiles(catalogDir).flatMap(file =>
    YAML.parseAllDocuments(fs.readFileSync(file, 'utf8')).flatMap(document => {
      if (document.errors.length > 0) {
        throw new Error(
          `Invalid YAML in ${file}: ${document.errors[0].message}`,
        );
      }
      const value = document.toJS();
      const isEntity =
        typeof value?.apiVersion === 'string' &&
        value.apiVersion.startsWith('backstage.io/') &&
        typeof value.kind === 'string' &&
        typeof value.metadata?.name === 'string';
      return isEntity ? [{ ...value, sourceFile: file } as CatalogEntity] : [];
    }),
  );
}

/** `group:default/team-loyalty` and `team-loyalty` both name `team-loyalty`. */
function refName(ref: string): string {
  return ref.split(':').pop()!.split('/').pop()!;
}

function stringArray(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string')
    : [];
}

function readOpenApiServers(api: CatalogEntity): ApiServer[] {
  const definition = api.spec?.definition as string | { $text?: unknown };
  let text: string | undefined;
  if (typeof definition === 'string') {
    text = definition;
  } else if (typeof definition?.$text === 'string') {
    const file = path.resolve(path.dirname(api.sourceFile), definition.$text);
    text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  }
  const servers = text ? YAML.parse(text)?.servers : undefined;
  return (Array.isArray(servers) ? servers : []).flatMap(server =>
    typeof server?.url === 'string'
      ? [
          {
            url: server.url,
            ...(typeof server.description === 'string' && {
              description: server.description,
            }),
          },
        ]
      : [],
  );
}

function maintainersOf(group: string, users: CatalogEntity[]) {
  return users
    .filter(user =>
      stringArray(user.spec?.memberOf).some(ref => refName(ref) === group),
    )
    .map(user => {
      const { name } = user.metadata;
      const profile = (user.spec?.profile ?? {}) as Record<string, unknown>;
      const text = (value: unknown, fallback: string) =>
        typeof value === 'string' ? value : fallback;
      return {
        name,
        displayName: text(profile.displayName, name),
        email: text(profile.email, `${name}@localplus.example`),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The catalog's components that run in the clusters, sorted by name. */
export function loadDeployableComponents(catalogDir = defaultCatalogDir()) {
  const entities = readCatalogEntities(catalogDir);
  const openApis = new Map(
    entities
      .filter(e => e.kind === 'API' && e.spec?.type === 'openapi')
      .map(e => [e.metadata.name, e]),
  );
  const users = entities.filter(e => e.kind === 'User');
  return entities
    .filter(
      e =>
        e.kind === 'Component' &&
        typeof e.metadata.annotations?.[KUBERNETES_ID_ANNOTATION] === 'string',
    )
    .map(({ metadata, spec = {} }) => {
      const annotations = metadata.annotations ?? {};
      const owner = refName(String(spec.owner ?? 'unknown'));
      return {
        name: metadata.name,
        kubernetesId: annotations[KUBERNETES_ID_ANNOTATION],
        owner,
        tier: annotations['localplus.io/tier'] as string | undefined,
        repositorySlug:
          annotations['github.com/project-slug'] ??
          `localplus/${metadata.name}`,
        namespaceAnnotation: annotations[
          'backstage.io/kubernetes-namespace'
        ] as string | undefined,
        publicApiServers: stringArray(spec.providesApis).flatMap(ref => {
          const api = openApis.get(refName(ref));
          return api ? readOpenApiServers(api) : [];
        }),
        maintainers: maintainersOf(owner, users),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
