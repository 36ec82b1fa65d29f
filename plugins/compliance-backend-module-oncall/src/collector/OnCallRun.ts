import {
  type EvidenceCollectionContext,
  readOnce,
  readOncePerKey,
} from '@localplus/plugin-compliance-node';
import type {
  CoverageAudit,
  OnCallBackendClient,
  RecordedPage,
  RotationList,
} from '../sources/OnCallBackendClient';

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
    this.rotations = readOnce(() => oncall.rotations(signal));
    this.coverage = readOncePerKey(weeks => oncall.coverage(weeks, signal));
    this.pages = readOnce(() => oncall.pages(window.from, window.to, signal));
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
