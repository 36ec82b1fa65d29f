import fs from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';
import { asObject } from '../policy/kubernetesObjects';
import { ManifestSourceError } from './ManifestSourceError';

const KUSTOMIZATION_FILES = new Set([
  'kustomization.yaml',
  'kustomization.yml',
  'Kustomization',
]);

/** Fields that make kustomize run programs or fetch charts: never allowed here. */
const FORBIDDEN_FIELDS = [
  'helmCharts',
  'helmGlobals',
  'helmChartInflationGenerator',
];

/** `github.com/org/repo//path`, `git@...`, `https://...`, `ssh://...`. */
const REMOTE =
  /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/|gitlab\.com\/|bitbucket\.org\/)/i;

/** Every file path a kustomization names (resources, bases, patches, generator sources...). */
function referencedPaths(kustomization: Record<string, unknown>): string[] {
  const strings = (value: unknown) =>
    Array.isArray(value)
      ? value.filter((v): v is string => typeof v === 'string')
      : [];
  const paths = [
    ...strings(kustomization.resources),
    ...strings(kustomization.bases),
    ...strings(kustomization.components),
    ...strings(kustomization.crds),
    ...strings(kustomization.patchesStrategicMerge).filter(
      p => !p.includes('\n'),
    ),
    ...strings(kustomization.generators).filter(p => !p.includes('\n')),
    ...strings(kustomization.transformers).filter(p => !p.includes('\n')),
    ...strings(kustomization.validators).filter(p => !p.includes('\n')),
  ];
  for (const key of ['patches', 'patchesJson6902', 'replacements']) {
    const list = kustomization[key];
    for (const item of Array.isArray(list) ? list : []) {
      const file = asObject(item)?.path;
      if (typeof file === 'string') paths.push(file);
    }
  }
  const openapi = asObject(kustomization.openapi)?.path;
  if (typeof openapi === 'string') paths.push(openapi);
  for (const key of ['configMapGenerator', 'secretGenerator']) {
    const list = kustomization[key];
    for (const item of Array.isArray(list) ? list : []) {
      const generator = asObject(item) ?? {};
      // `files` entries may be `key=path`.
      paths.push(
        ...strings(generator.files).map(f => f.slice(f.indexOf('=') + 1)),
      );
      paths.push(...strings(generator.envs));
      if (typeof generator.env === 'string') paths.push(generator.env);
    }
  }
  return paths;
}

async function readKustomization(
  folder: string,
): Promise<{ file: string; text: string } | undefined> {
  for (const name of KUSTOMIZATION_FILES) {
    const file = path.join(folder, name);
    const stat = await fs.lstat(file).catch(() => undefined);
    if (stat?.isFile()) return { file, text: await fs.readFile(file, 'utf8') };
  }
  return undefined;
}

/**
 * Refuses an overlay whose kustomizations could reach beyond the staged
 * copy of the entity's folder: remote bases and resources (git, http),
 * absolute paths, paths that climb out of `root`, Helm charts. Follows the
 * overlay's folder references (bases, components) through the copy, so
 * every kustomization kustomize will read is examined before it runs;
 * kustomize's own load restrictor keeps each one's file reads inside its
 * folder.
 */
export async function guardKustomizations(
  root: string,
  overlay: string,
): Promise<void> {
  const seen = new Set<string>();
  const visit = async (folder: string): Promise<void> => {
    if (seen.has(folder)) return;
    seen.add(folder);
    const found = await readKustomization(folder);
    if (!found) return;
    const shown = path.relative(root, found.file).split(path.sep).join('/');
    let parsed: unknown;
    try {
      parsed = YAML.parse(found.text, { maxAliasCount: 50 });
    } catch (error) {
      throw new ManifestSourceError(
        `${shown} is not valid YAML: ${String((error as Error).message)
          .split('\n')[0]
          .slice(0, 200)}`,
      );
    }
    const kustomization = asObject(parsed);
    if (!kustomization) return;
    const forbidden = FORBIDDEN_FIELDS.find(field => field in kustomization);
    if (forbidden) {
      throw new ManifestSourceError(
        `${shown} uses ${forbidden}, which is not rendered here`,
      );
    }
    for (const reference of referencedPaths(kustomization)) {
      const trimmed = reference.trim();
      if (REMOTE.test(trimmed)) {
        throw new ManifestSourceError(
          `${shown} refers to the remote ${trimmed.slice(
            0,
            120,
          )}; only files beside the entity are rendered`,
        );
      }
      if (path.isAbsolute(trimmed)) {
        throw new ManifestSourceError(
          `${shown} refers to the absolute path ${trimmed.slice(0, 120)}`,
        );
      }
      const resolved = path.resolve(folder, trimmed);
      if (resolved !== root && !resolved.startsWith(root + path.sep)) {
        throw new ManifestSourceError(
          `${shown} refers to ${trimmed.slice(
            0,
            120,
          )}, outside the entity's folder`,
        );
      }
      const stat = await fs.lstat(resolved).catch(() => undefined);
      if (stat?.isDirectory()) await visit(resolved);
    }
  };
  await visit(path.resolve(root, overlay));
}
