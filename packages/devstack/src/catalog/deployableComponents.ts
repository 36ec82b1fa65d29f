import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { CatalogEntity, readCatalogEntities } from './readCatalogEntities';

export const KUBERNETES_ID_ANNOTATION = 'backstage.io/kubernetes-id';
const KUBERNETES_NAMESPACE_ANNOTATION = 'backstage.io/kubernetes-namespace';
const PROJECT_SLUG_ANNOTATION = 'github.com/project-slug';

/** One `servers` entry of an OpenAPI document the component provides. */
export interface ApiServer {
  url: string;
  description?: string;
}

/** A member of the owning group: the people who author its commits. */
export interface Maintainer {
  name: string;
  displayName: string;
  email: string;
}

/** A catalog component that runs in the clusters. */
export interface DeployableComponent {
  name: string;
  kubernetesId: string;
  title: string;
  owner: string;
  system?: string;
  lifecycle: string;
  /** `T0`..`T5` from the `localplus.io/tier` annotation. */
  tier?: string;
  criticality?: string;
  /** `owner/repo` on GitHub. */
  repositorySlug: string;
  /** Set when the entity pins its namespace (`backstage.io/kubernetes-namespace`). */
  namespaceAnnotation?: string;
  /** Servers of the OpenAPI APIs it provides; empty when it has no public REST API. */
  publicApiServers: ApiServer[];
  maintainers: Maintainer[];
}

/** `group:default/team-loyalty` and `team-loyalty` both name `team-loyalty`. */
function refName(ref: string): string {
  const withoutKind = ref.includes(':') ? ref.split(':')[1] : ref;
  return withoutKind.includes('/') ? withoutKind.split('/')[1] : withoutKind;
}

function stringArray(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string')
    : [];
}

function readOpenApiServers(api: CatalogEntity): ApiServer[] {
  const definition = api.spec?.definition;
  let text: string | undefined;
  if (typeof definition === 'string') {
    text = definition;
  } else if (
    definition &&
    typeof definition === 'object' &&
    typeof (definition as { $text?: unknown }).$text === 'string'
  ) {
    const file = path.resolve(
      path.dirname(api.sourceFile),
      (definition as { $text: string }).$text,
    );
    text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  }
  if (!text) {
    return [];
  }
  const document = YAML.parse(text) as { servers?: unknown } | null;
  if (!document || !Array.isArray(document.servers)) {
    return [];
  }
  return document.servers.flatMap(server =>
    server && typeof server.url === 'string'
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

function maintainersOf(group: string, users: CatalogEntity[]): Maintainer[] {
  return users
    .filter(user =>
      stringArray(user.spec?.memberOf).some(ref => refName(ref) === group),
    )
    .map(user => {
      const profile = (user.spec?.profile ?? {}) as Record<string, unknown>;
      return {
        name: user.metadata.name,
        displayName:
          typeof profile.displayName === 'string'
            ? profile.displayName
            : user.metadata.name,
        email:
          typeof profile.email === 'string'
            ? profile.email
            : `${user.metadata.name}@localplus.example`,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Turns catalog entities into the components the simulators deploy. */
export function toDeployableComponents(
  entities: CatalogEntity[],
): DeployableComponent[] {
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
    .map(component => {
      const annotations = component.metadata.annotations ?? {};
      const spec = component.spec ?? {};
      const owner = refName(String(spec.owner ?? 'unknown'));
      const publicApiServers = stringArray(spec.providesApis)
        .map(ref => openApis.get(refName(ref)))
        .flatMap(api => (api ? readOpenApiServers(api) : []));
      return {
        name: component.metadata.name,
        kubernetesId: annotations[KUBERNETES_ID_ANNOTATION],
        title: component.metadata.title ?? component.metadata.name,
        owner,
        ...(typeof spec.system === 'string' && { system: spec.system }),
        lifecycle: String(spec.lifecycle ?? 'production'),
        tier: annotations['localplus.io/tier'],
        criticality: annotations['localplus.io/criticality'],
        repositorySlug:
          annotations[PROJECT_SLUG_ANNOTATION] ??
          `localplus/${component.metadata.name}`,
        namespaceAnnotation: annotations[KUBERNETES_NAMESPACE_ANNOTATION],
        publicApiServers,
        maintainers: maintainersOf(owner, users),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Reads the catalog folder and returns its deployable components, sorted by name. */
export function loadDeployableComponents(
  catalogDir: string,
): DeployableComponent[] {
  return toDeployableComponents(readCatalogEntities(catalogDir));
}
