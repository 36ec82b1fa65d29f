import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';

const KUBERNETES_ID_ANNOTATION = 'backstage.io/kubernetes-id';

const entitySchema = z.object({
  apiVersion: z.string().startsWith('backstage.io/'),
  kind: z.string(),
  metadata: z.object({
    name: z.string(),
    annotations: z.record(z.string(), z.string()).default({}),
  }),
  spec: z.record(z.string(), z.unknown()).default({}),
});

const serversSchema = z.array(
  z.object({ url: z.string(), description: z.string().optional() }),
);
export type ApiServer = z.infer<typeof serversSchema>[number];

const userSpec = z.object({
  memberOf: z.array(z.string()).catch([]),
  profile: z
    .object({
      displayName: z.string().optional(),
      email: z.string().optional(),
    })
    .catch({}),
});

type CatalogEntity = z.infer<typeof entitySchema> & {
  sourceFile: string;
};

/** A catalog component that runs in the clusters; its owning group's members author its commits. */
export type DeployableComponent = ReturnType<
  typeof loadDeployableComponents
>[number];

/**
 * Found from this package's location, so that the dev stack works from any
 * current directory: the package is never built or installed elsewhere.
 */
export function defaultCatalogDir(): string {
  const packageDir = path.dirname(
    require.resolve('@localplus/devstack/package.json'),
  );
  return path.resolve(packageDir, '../../catalog');
}

function listYamlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter(entry => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map(entry => path.join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Every Backstage entity under `catalogDir`. Other YAML files (OpenAPI
 * documents, buf configuration) are skipped: the catalog holds those too.
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
      const entity = entitySchema.safeParse(document.toJS());
      return entity.success ? [{ ...entity.data, sourceFile: file }] : [];
    }),
  );
}

/** `group:default/team-loyalty` and `team-loyalty` both name `team-loyalty`. */
function refName(ref: string): string {
  return ref.split(':').pop()!.split('/').pop()!;
}

function readOpenApiServers(api: CatalogEntity): ApiServer[] {
  const definition = api.spec.definition as string | { $text?: unknown };
  let text: string | undefined;
  if (typeof definition === 'string') {
    text = definition;
  } else if (typeof definition?.$text === 'string') {
    const file = path.resolve(path.dirname(api.sourceFile), definition.$text);
    text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  }
  const servers = serversSchema.safeParse(text && YAML.parse(text)?.servers);
  return servers.success ? servers.data : [];
}

function maintainersOf(group: string, users: CatalogEntity[]) {
  return users
    .map(({ metadata: { name }, spec }) => ({ name, ...userSpec.parse(spec) }))
    .filter(({ memberOf }) => memberOf.some(ref => refName(ref) === group))
    .map(({ name, profile: { displayName = name, email } }) => ({
      name,
      displayName,
      email: email ?? `${name}@localplus.example`,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function loadDeployableComponents(catalogDir = defaultCatalogDir()) {
  const entities = readCatalogEntities(catalogDir);
  const openApis = new Map(
    entities
      .filter(e => e.kind === 'API' && e.spec.type === 'openapi')
      .map(e => [e.metadata.name, e]),
  );
  const users = entities.filter(e => e.kind === 'User');
  const provided = z.array(z.string()).catch([]);
  return entities
    .filter(
      e =>
        e.kind === 'Component' &&
        e.metadata.annotations[KUBERNETES_ID_ANNOTATION],
    )
    .map(({ metadata: { name, annotations }, spec }) => {
      const owner = refName(String(spec.owner ?? 'unknown'));
      return {
        name,
        kubernetesId: annotations[KUBERNETES_ID_ANNOTATION],
        owner,
        tier: annotations['localplus.io/tier'] as string | undefined,
        repositorySlug:
          annotations['github.com/project-slug'] ?? `localplus/${name}`,
        namespaceAnnotation: annotations[
          'backstage.io/kubernetes-namespace'
        ] as string | undefined,
        publicApiServers: provided.parse(spec.providesApis).flatMap(ref => {
          const api = openApis.get(refName(ref));
          return api ? readOpenApiServers(api) : [];
        }),
        maintainers: maintainersOf(owner, users),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
