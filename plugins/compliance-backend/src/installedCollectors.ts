import type {
  ComplianceCollectorsExtensionPoint,
  EvidenceCollector,
} from '@localplus/plugin-compliance-node';

/** The collectors built into the plugin; no module may take their ids. */
export const BUILT_IN_COLLECTOR_IDS: ReadonlySet<string> = new Set(['ledger']);

const ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** Why a collector cannot be installed beside `installed`, or undefined. */
function refusal(
  collector: EvidenceCollector,
  installed: EvidenceCollector[],
): string | undefined {
  if (typeof collector?.id !== 'string' || !ID.test(collector.id)) {
    return `An evidence collector id must be lower-case letters, digits and dashes, got "${collector?.id}"`;
  }
  if (
    BUILT_IN_COLLECTOR_IDS.has(collector.id) ||
    installed.some(known => known.id === collector.id)
  ) {
    return `An evidence collector with id "${collector.id}" is already installed; a check id must name one collector`;
  }
  const checkIds = collector.checks.map(check => check.id);
  const badCheck = checkIds.find(id => !ID.test(id));
  if (badCheck !== undefined) {
    return `Evidence collector "${collector.id}" has a check id "${badCheck}" that is not lower-case letters, digits and dashes`;
  }
  const repeated = checkIds.find((id, index) => checkIds.indexOf(id) !== index);
  if (repeated !== undefined) {
    return `Evidence collector "${collector.id}" lists check "${repeated}" twice`;
  }
  return undefined;
}

/**
 * The collectors modules add through `complianceCollectorsExtensionPoint`.
 * A collector whose id is taken (by a module or a built-in collector), or
 * whose ids are malformed, stops the backend at startup: two collectors
 * answering one check would make evidence ambiguous.
 */
export class CollectorRegistry {
  readonly #collectors: EvidenceCollector[] = [];

  readonly extensionPoint: ComplianceCollectorsExtensionPoint = {
    addCollector: collector => {
      const problem = refusal(collector, this.#collectors);
      if (problem) {
        throw new Error(problem);
      }
      this.#collectors.push(collector);
    },
  };

  /** The built-in collectors first, then the modules' in the order they came. */
  installed(builtIn: EvidenceCollector[]): EvidenceCollector[] {
    return [...builtIn, ...this.#collectors];
  }
}
