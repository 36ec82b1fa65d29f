import { objectsOfKind, RenderedObject } from './renderKustomization';

const EVERYWHERE_CIDRS = ['0.0.0.0/0', '::/0'];
const EVERYWHERE_ENTITIES = ['world', 'all'];
/** The fields of a Cilium egress rule that name a destination. */
const CILIUM_DESTINATIONS = [
  'toEndpoints',
  'toCIDR',
  'toCIDRSet',
  'toFQDNs',
  'toEntities',
  'toServices',
  'toGroups',
  'toNodes',
];

function describe(object: RenderedObject, index: number) {
  return `${object.kind}/${object.metadata?.name} egress rule ${index + 1}`;
}

function isEmptySelector(selector: unknown): boolean {
  return (
    !selector ||
    (typeof selector === 'object' && Object.keys(selector).length === 0)
  );
}

function kubernetesRuleProblem(rule: any): string | undefined {
  const peers: any[] = rule?.to ?? [];
  if (peers.length === 0) return 'has no destination, so allows all';
  for (const peer of peers) {
    if (EVERYWHERE_CIDRS.includes(peer?.ipBlock?.cidr)) {
      return `allows ${peer.ipBlock.cidr}`;
    }
    if (
      !peer?.ipBlock &&
      isEmptySelector(peer?.podSelector) &&
      isEmptySelector(peer?.namespaceSelector)
    ) {
      return 'selects every pod of every namespace';
    }
  }
  return undefined;
}

function ciliumRuleProblem(rule: any): string | undefined {
  const named = CILIUM_DESTINATIONS.filter(
    field => rule?.[field] !== undefined,
  );
  if (named.length === 0) return 'has no destination, so allows all';
  const entities: string[] = rule.toEntities ?? [];
  const everywhere = entities.find(entity =>
    EVERYWHERE_ENTITIES.includes(entity),
  );
  if (everywhere) return `allows the ${everywhere} entity`;
  const cidrs: string[] = [
    ...(rule.toCIDR ?? []),
    ...(rule.toCIDRSet ?? []).map((set: any) => set?.cidr),
  ];
  const wide = cidrs.find(cidr => EVERYWHERE_CIDRS.includes(cidr));
  if (wide) return `allows ${wide}`;
  if ((rule.toFQDNs ?? []).some((fqdn: any) => fqdn?.matchPattern === '*')) {
    return 'allows every name (toFQDNs *)';
  }
  if ((rule.toEndpoints ?? []).some(isEmptySelector)) {
    return 'selects every endpoint';
  }
  return undefined;
}

/**
 * Egress rules that let the portal reach anywhere: a rule without a
 * destination, 0.0.0.0/0, Cilium's `world` or `all`, a `*` name, an empty
 * selector. Kubernetes NetworkPolicies and CiliumNetworkPolicies alike.
 */
export function allowAllEgress(objects: readonly RenderedObject[]): string[] {
  const problems: string[] = [];
  for (const policy of objectsOfKind(objects, 'NetworkPolicy')) {
    (policy.spec?.egress ?? []).forEach((rule: unknown, index: number) => {
      const problem = kubernetesRuleProblem(rule);
      if (problem) problems.push(`${describe(policy, index)} ${problem}`);
    });
  }
  for (const policy of objectsOfKind(objects, 'CiliumNetworkPolicy')) {
    (policy.spec?.egress ?? []).forEach((rule: unknown, index: number) => {
      const problem = ciliumRuleProblem(rule);
      if (problem) problems.push(`${describe(policy, index)} ${problem}`);
    });
  }
  return problems;
}

/** A NetworkPolicy selecting every pod of its namespace with no rule either way. */
export function hasDefaultDeny(objects: readonly RenderedObject[]): boolean {
  return objectsOfKind(objects, 'NetworkPolicy').some(
    policy =>
      isEmptySelector(policy.spec?.podSelector) &&
      ['Ingress', 'Egress'].every(type =>
        policy.spec?.policyTypes?.includes(type),
      ) &&
      (policy.spec?.ingress ?? []).length === 0 &&
      (policy.spec?.egress ?? []).length === 0,
  );
}

/** Every port a Cilium policy lets in, as `<port>/<protocol>`. */
export function ingressPorts(objects: readonly RenderedObject[]): string[] {
  return objectsOfKind(objects, 'CiliumNetworkPolicy')
    .flatMap(policy => policy.spec?.ingress ?? [])
    .flatMap((rule: any) => rule?.toPorts ?? [{ ports: [{ port: 'any' }] }])
    .flatMap((toPorts: any) => toPorts?.ports ?? [])
    .map((port: any) => `${port.port}/${port.protocol ?? 'ANY'}`)
    .sort();
}
