import type {
  CollectedObservation,
  EvidenceCollectionContext,
  EvidenceCollector,
} from '@localplus/plugin-compliance-node';

export interface TestCollectorOptions {
  /** The collector id, the prefix of its checks: `catalog`. */
  id: string;
  /** Check ids without the prefix: `owner` for `catalog.owner`. */
  checks: string[];
  /**
   * What each run observes. A function is asked at every run, so a test can
   * change the evidence between runs; throwing fails the whole collector,
   * as a source that cannot be read does.
   */
  observations:
    | CollectedObservation[]
    | ((context: EvidenceCollectionContext) => CollectedObservation[]);
}

/**
 * An evidence collector that returns the observations a test chose, for
 * the compliance backend's tests and for packages testing against the
 * backend. `contexts` keeps what each run handed it.
 */
export function createTestCollector(
  options: TestCollectorOptions,
): EvidenceCollector & { contexts: EvidenceCollectionContext[] } {
  const contexts: EvidenceCollectionContext[] = [];
  return {
    id: options.id,
    title: `Test collector ${options.id}`,
    description: `Returns the observations a test chose for ${options.checks
      .map(check => `${options.id}.${check}`)
      .join(', ')}.`,
    checks: options.checks.map(check => ({
      id: check,
      title: `${options.id}.${check}`,
      description: `Test check ${options.id}.${check}.`,
    })),
    contexts,
    async collect(context) {
      contexts.push(context);
      const { observations } = options;
      return typeof observations === 'function'
        ? observations(context)
        : observations;
    },
  };
}
