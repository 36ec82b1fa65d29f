import type { EvidenceCollectionContext } from '@localplus/plugin-compliance-node';
import type {
  CoverageAudit,
  OnCallBackendClient,
  RecordedPage,
  RotationList,
} from '../sources/OnCallBackendClient';

/** Keeps the first call's promise, failure included, so a run reads each answer once. */
function memo<K, V>(load: (key: K) => Promise<V>): (key: K) => Promise<V> {
  const cache = new Map<K, Promise<V>>();
  return key => {
    let value = cache.get(key);
    if (!value) {
      value = load(key);
      // Observed by whoever awaits it; this keeps an unawaited failure quiet.
      value.catch(() => undefined);
      cache.set(key, value);
    }
    return value;
  };
}

/**
 * One evaluation run of the on-call collector: its clock, window and
 * signal, and the on-call backend's answers its checks share.
 */
export class OnCallRun {
  readonly rotations: () => Promise<RotationList & { url: string }>;
  readonly coverage: (weeks: number | undefined) => Promise<CoverageAudit>;
  readonly pages: () => Promise<RecordedPage[]>;

  constructor(
    readonly oncall: OnCallBackendClient,
    readonly context: EvidenceCollectionContext,
  ) {
    const { signal, window } = context;
    const rotations = memo(() => oncall.rotations(signal));
    this.rotations = () => rotations(undefined);
    this.coverage = memo(weeks => oncall.coverage(weeks, signal));
    const pages = memo(() => oncall.pages(window.from, window.to, signal));
    this.pages = () => pages(undefined);
  }

  get now(): Date {
    return this.context.now;
  }

  get window(): { from: Date; to: Date } {
    return this.context.window;
  }

  get signal(): AbortSignal {
    return this.context.signal;
  }
}
