import type {
  CalendarLink,
  CancelOverrideRequest,
  CoverageReport,
  CreateCalendarLinkRequest,
  CreateOverrideRequest,
  CreateSwapRequest,
  EntityOnCall,
  FairnessReport,
  MyShifts,
  OnCallOverview,
  OnCallPage,
  OverrideChange,
  RotationList,
  RotationSchedule,
  ScheduleOverride,
} from '@localplus/plugin-oncall-common';

/** An entity as the on-call routes address it. */
export type OnCallEntityName = {
  kind: string;
  namespace: string;
  name: string;
};

/** A span of time, as ISO-8601 instants; `to` is exclusive. */
export type TimeRange = { from: string; to: string };

/** Which pages to list. */
export type PageQuery = {
  /** `open` (the default): not resolved or not acknowledged; `all`: the recent ones too. */
  status?: 'open' | 'all';
  /** Only the pages about this component. */
  entityRef?: string;
};

/** What the portal asks the on-call backend (`/api/oncall`). */
export interface OnCallApi {
  listRotations(): Promise<RotationList>;
  getSchedule(rotation: string, range: TimeRange): Promise<RotationSchedule>;
  getChanges(
    rotation: string,
    options?: { limit?: number },
  ): Promise<OverrideChange[]>;
  createOverride(
    rotation: string,
    request: CreateOverrideRequest,
  ): Promise<ScheduleOverride>;
  createSwap(
    rotation: string,
    request: CreateSwapRequest,
  ): Promise<ScheduleOverride[]>;
  /** Cancels an override (both halves of a swap); answers the overrides cancelled. */
  cancelOverride(
    id: string,
    request: CancelOverrideRequest,
  ): Promise<ScheduleOverride[]>;
  getEntityOnCall(entity: OnCallEntityName): Promise<EntityOnCall>;
  getNow(): Promise<OnCallOverview>;
  getCoverage(options?: { weeks?: number }): Promise<CoverageReport>;
  getFairness(range: TimeRange): Promise<FairnessReport>;
  /** The fairness report as the backend's CSV text. */
  getFairnessCsv(range: TimeRange): Promise<string>;
  getMyShifts(range: TimeRange): Promise<MyShifts>;
  listPages(query?: PageQuery): Promise<OnCallPage[]>;
  acknowledgePage(id: string): Promise<OnCallPage>;
  listCalendarLinks(): Promise<CalendarLink[]>;
  /** Creates a feed link; its secret `url` is in this answer only. */
  createCalendarLink(request: CreateCalendarLinkRequest): Promise<CalendarLink>;
  revokeCalendarLink(id: string): Promise<void>;
}
