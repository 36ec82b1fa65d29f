import {
  createExtensionPoint,
  LoggerService,
} from '@backstage/backend-plugin-api';
import type {
  ControlEvidence,
  Observation,
} from '@localplus/plugin-compliance-common';

/** A check a collector can make: `<collector id>.<id>` is what controls cite. */
export interface EvidenceCheck {
  /** Without the collector prefix, e.g. `owner` for `catalog.owner`. */
  id: string;
  title: string;
  /** What is examined and what passes, for the auditor. */
  description: string;
}

/** What the compliance backend gives a collector for one evaluation run. */
export interface EvidenceCollectionContext {
  /** The instant of this run; observations default to it. */
  now: Date;
  /**
   * The look-back window of checks over time (rotation gaps, pages
   * acknowledged, audit trail activity): `[now - lookback, now)`.
   */
  window: { from: Date; to: Date };
  /**
   * The evidence entries of the controls that cite this collector's checks,
   * with their parameters (a check cited by two controls with different
   * parameters appears twice). A collector may skip checks nobody cites.
   */
  requested: ControlEvidence[];
  logger: LoggerService;
  /** Aborted when the run times out. */
  signal: AbortSignal;
}

/** An observation as a collector returns it; the backend adds the collector id. */
export type CollectedObservation = Omit<
  Observation,
  'collector' | 'observedAt'
> & {
  /** Defaults to the run's `now`. */
  observedAt?: string;
};

/** A source of evidence (the catalog, Kubernetes, Prometheus, GitHub, ...). */
export interface EvidenceCollector {
  /** Lower-case id, the prefix of its checks: `catalog`. */
  id: string;
  title: string;
  description: string;
  checks: EvidenceCheck[];
  /**
   * Reads the source and returns one observation per check and subject. An
   * unreadable source for one subject is an observation with result `error`;
   * a throw marks every check of the collector `error` for this run.
   */
  collect(context: EvidenceCollectionContext): Promise<CollectedObservation[]>;
}

/** Where evidence collector modules register their collectors. */
export interface ComplianceCollectorsExtensionPoint {
  addCollector(collector: EvidenceCollector): void;
}

/**
 * The extension point of the compliance backend: each evidence source is a
 * backend module that adds its collector here.
 */
export const complianceCollectorsExtensionPoint =
  createExtensionPoint<ComplianceCollectorsExtensionPoint>({
    id: 'compliance.collectors',
  });
