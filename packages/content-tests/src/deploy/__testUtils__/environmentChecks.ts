import { podTemplateOf } from '@localplus/plugin-golden-path-common';
import type { ConfigVariable } from './productionConfigVariables';
import { objectsOfKind, RenderedObject } from './renderKustomization';

/** A value the base leaves for each overlay to set. */
export const OVERLAY_PLACEHOLDER = 'set-by-overlay';

/** Names that hold credentials, which a ConfigMap must never carry. */
const SECRET_NAME = /(TOKEN|SECRET|PASSWORD)$/;

type Source = 'configMap' | 'secret' | 'value';

/** The keys of the Secret each ExternalSecret writes (explicit `data` entries). */
export function externalSecretKeys(
  objects: readonly RenderedObject[],
): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  for (const externalSecret of objectsOfKind(objects, 'ExternalSecret')) {
    const target =
      externalSecret.spec?.target?.name ?? externalSecret.metadata?.name;
    const entries: unknown[] = externalSecret.spec?.data ?? [];
    keys.set(String(target), [
      ...(keys.get(String(target)) ?? []),
      ...entries.map(entry => String((entry as any)?.secretKey)),
    ]);
  }
  return keys;
}

/**
 * What the Deployment's containers receive, variable by variable, and the
 * problems found on the way: references to a ConfigMap that is not rendered
 * or to a Secret no ExternalSecret produces, placeholders left unset,
 * credentials in a ConfigMap, a variable given twice.
 */
function providedVariables(objects: readonly RenderedObject[]) {
  const problems: string[] = [];
  const provided = new Map<string, Source>();
  const configMaps = new Map(
    objectsOfKind(objects, 'ConfigMap').map(map => [
      String(map.metadata?.name),
      map.data ?? {},
    ]),
  );
  const secrets = externalSecretKeys(objects);
  const give = (name: string, source: Source) => {
    if (provided.has(name)) {
      problems.push(
        `${name} is given twice (${provided.get(name)}, ${source})`,
      );
    }
    provided.set(name, source);
  };
  for (const deployment of objectsOfKind(objects, 'Deployment')) {
    for (const container of podTemplateOf(deployment)?.containers ?? []) {
      const spec = container.spec as any;
      for (const from of spec.envFrom ?? []) {
        if (from.configMapRef) {
          const data = configMaps.get(from.configMapRef.name);
          if (!data) {
            problems.push(
              `ConfigMap ${from.configMapRef.name} is not rendered`,
            );
            continue;
          }
          for (const [name, value] of Object.entries(data)) {
            give(name, 'configMap');
            if (String(value).includes(OVERLAY_PLACEHOLDER)) {
              problems.push(`${name} is still ${OVERLAY_PLACEHOLDER}`);
            }
            if (SECRET_NAME.test(name)) {
              problems.push(`${name} is a credential in a ConfigMap`);
            }
          }
        }
        if (from.secretRef) {
          const keys = secrets.get(from.secretRef.name);
          if (!keys) {
            problems.push(
              `Secret ${from.secretRef.name} is not produced by an ExternalSecret`,
            );
            continue;
          }
          keys.forEach(name => give(name, 'secret'));
        }
      }
      for (const variable of spec.env ?? []) {
        const secretRef = variable.valueFrom?.secretKeyRef;
        if (
          secretRef &&
          !secrets.get(secretRef.name)?.includes(secretRef.key)
        ) {
          problems.push(
            `${variable.name} reads ${secretRef.name}/${secretRef.key}, which no ExternalSecret produces`,
          );
        }
        give(variable.name, secretRef ? 'secret' : 'value');
      }
    }
  }
  return { provided, problems };
}

/**
 * Every problem with the environment the portal starts with: those above,
 * and each variable of the production configuration without a default that
 * nothing provides.
 */
export function environmentProblems(
  objects: readonly RenderedObject[],
  variables: readonly ConfigVariable[],
): string[] {
  const { provided, problems } = providedVariables(objects);
  for (const variable of variables) {
    if (!variable.hasDefault && !provided.has(variable.name)) {
      problems.push(`${variable.name} is not provided`);
    }
  }
  return problems;
}

/** Where each variable comes from, for assertions on a single one. */
export function variableSources(
  objects: readonly RenderedObject[],
): Map<string, Source> {
  return providedVariables(objects).provided;
}
