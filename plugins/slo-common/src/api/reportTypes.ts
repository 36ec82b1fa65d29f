import type { BudgetPolicyState } from '../budget/budgetPolicy';

/**
 * What the SLO backend answers, shared by the backend that builds it and the
 * frontend that draws it. Numbers are plain fractions (0.999, not 99.9) and
 * times are ISO 8601 strings; `null` means "no data", never zero.
 */

/** The time window an objective is measured over. */
export type SloWindowReport = {
  /** As written in the document: `30d`, `28d`, `7d`, or calendar `1w`, `1M`, `1Q`. */
  duration: string;
  rolling: boolean;
  /** Where the window starts: now minus the duration, or the calendar period start. */
  start: string;
  end: string;
  /** Length of the whole window (a calendar period counts its own days and clock changes). */
  seconds: number;
  /** How much of it has elapsed: the same as `seconds` for rolling windows. */
  elapsedSeconds: number;
};

/** The error ratio and burn rate over one of the alerting windows (5m to 3d). */
export type BurnRateReport = {
  window: string;
  errorRatio: number | null;
  burnRate: number | null;
};

/** One row of the multiwindow, multi-burn-rate table and whether it fires now. */
export type BurnRateAlertReport = {
  severity: 'page' | 'ticket';
  burnRate: number;
  longWindow: string;
  shortWindow: string;
  /** Both windows burn at least `burnRate` and the traffic guard lets it through. */
  firing: boolean;
  /** The burn rates alone would fire, but the long window saw too few events. */
  heldByLowTraffic: boolean;
};

export type ErrorBudgetReport = {
  /** 1 - target: the share of events (or slices) allowed to be bad. */
  allowedFraction: number;
  /** The same budget as time over the whole window, e.g. 2592 s for 99.9 % over 30 days. */
  allowedSeconds: number;
  /** Share of the budget spent (0 untouched, 1 exhausted; can exceed 1). */
  consumedFraction: number;
  /** 1 - consumed; negative once the budget is overspent. */
  remainingFraction: number;
  consumedSeconds: number;
  remainingSeconds: number;
};

export type BudgetPolicyReport = {
  state: BudgetPolicyState;
  /** What the state means for deployments, from the seeds' policy table. */
  meaning: string;
};

/** A point of a chart: epoch milliseconds and the value then (null where no data). */
export type SeriesPoint = { t: number; value: number | null };

export type ObjectiveSeries = {
  /** The SLI per step over the window (good share of the events in each step). */
  sli: SeriesPoint[];
  /** The budget left at each step, counted from the start of the window. */
  budgetRemaining: SeriesPoint[];
  stepSeconds: number;
};

/** What was measured for an objective right now. */
export type ObjectiveMeasurement = {
  /** The SLI over the window so far: good share of events, or of time slices. */
  sli: number | null;
  /** Events (or slices) in the window: the denominator of the SLI. */
  events: number | null;
  budget: ErrorBudgetReport | null;
  burnRates: BurnRateReport[];
  alerts: BurnRateAlertReport[];
  /** Fewer events than the guard's minimum in the longest alert window. */
  lowTraffic: boolean;
  policy: BudgetPolicyReport | null;
  series?: ObjectiveSeries;
};

/** The last daily snapshot stored for an objective. */
export type ObjectiveSnapshot = {
  /** The day the snapshot belongs to (UTC, `YYYY-MM-DD`). */
  day: string;
  takenAt: string;
  sli: number | null;
  consumedFraction: number | null;
  remainingFraction: number | null;
  remainingSeconds: number | null;
  state: BudgetPolicyState | null;
};

/** The underlying PromQL, with the window filled in, for "open the query" links. */
export type ObjectiveQueries = {
  errorRatio: string;
  total?: string;
  /** A link to the metric source's own UI with the error ratio query, when configured. */
  explorerUrl?: string;
};

export type ObjectiveStatus = 'ok' | 'no-data' | 'error';

export type ObjectiveReport = {
  /** Stable id: `<entityRef>#<slo name>#<objective index>`. */
  key: string;
  entityRef: string;
  sloName: string;
  sloDisplayName: string;
  service: string;
  description?: string;
  objectiveIndex: number;
  objectiveName: string;
  target: number;
  /** For latency-style threshold objectives: the comparison, e.g. `lte 0.2`. */
  threshold?: { op: 'lt' | 'lte' | 'gt' | 'gte'; value: number };
  indicator: 'ratio' | 'threshold';
  budgetingMethod: 'Occurrences' | 'Timeslices' | 'RatioTimeslices';
  environment: string;
  window: SloWindowReport;
  queries: ObjectiveQueries;
  runbookUrl?: string;
  dashboardUrl?: string;
  status: ObjectiveStatus;
  /** Why the objective could not be measured (metric source down, PromQL error...). */
  error?: string;
  measurement?: ObjectiveMeasurement;
  /** The newest stored snapshot: what to show, with its age, when the source is down. */
  lastSnapshot?: ObjectiveSnapshot;
};

/** Everything the SLOs tab of one entity shows. */
export type EntitySloReport = {
  entityRef: string;
  /** Where the OpenSLO documents were read from, as the annotation names it. */
  documentLocation?: string;
  /** Problems in the documents, one line each, with the field at fault. */
  problems: string[];
  objectives: ObjectiveReport[];
  generatedAt: string;
};

/** One objective in the org-wide Error budgets view. */
export type OverviewRow = {
  key: string;
  entityRef: string;
  entityTitle: string;
  owner?: string;
  system?: string;
  tier?: string;
  criticality?: string;
  sloName: string;
  sloDisplayName: string;
  objectiveName: string;
  target: number;
  windowDuration: string;
  status: ObjectiveStatus;
  error?: string;
  sli: number | null;
  consumedFraction: number | null;
  remainingFraction: number | null;
  remainingSeconds: number | null;
  state: BudgetPolicyState | null;
  firingAlerts: Array<{ severity: 'page' | 'ticket'; longWindow: string }>;
  lastSnapshot?: ObjectiveSnapshot;
};

export type OverviewFilters = {
  owner?: string;
  system?: string;
  tier?: string;
  criticality?: string;
};

/** Counts per policy state; `unknown` holds objectives that could not be measured. */
export type PolicyStateCounts = Record<BudgetPolicyState | 'unknown', number>;

export type SloOverview = {
  generatedAt: string;
  filters: OverviewFilters;
  /** Sorted by budget consumed, most consumed first; unmeasured ones last. */
  rows: OverviewRow[];
  counts: PolicyStateCounts;
  /** Values each filter can take, across every objective (not only the filtered ones). */
  facets: {
    owners: string[];
    systems: string[];
    tiers: string[];
    criticalities: string[];
  };
  /** Entities whose OpenSLO documents have problems: reported, never fatal. */
  documentProblems: Array<{ entityRef: string; problems: string[] }>;
};

/** The daily snapshots of one objective, oldest first: its budget's trend. */
export type ObjectiveHistory = {
  key: string;
  sloName: string;
  objectiveIndex: number;
  snapshots: ObjectiveSnapshot[];
};

/** The stored trend of every objective of an entity. */
export type EntitySloHistory = {
  entityRef: string;
  /** The first day included (UTC, `YYYY-MM-DD`). */
  sinceDay: string;
  objectives: ObjectiveHistory[];
};
