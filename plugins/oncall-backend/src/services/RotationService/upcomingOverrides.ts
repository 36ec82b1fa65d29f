import type { ScheduleOverride } from '@localplus/plugin-oncall-common';
import type { OverrideStore } from '../OverrideStore';

const WEEK_MS = 7 * 86_400_000;
/** The engine looks this far behind an instant: an override lasts at most 8 weeks. */
const LOOK_BEHIND_MS = 8 * WEEK_MS;
/** Questions about instants down to this long ago are answered from the snapshot. */
const RECENT_MS = WEEK_MS;

interface Snapshot {
  /** Overrides ending at or before this instant (epoch ms) were left out. */
  since: number;
  readAt: number;
  byRotation: Map<string, ScheduleOverride[]>;
}

/**
 * Every active override that has not long ended, read with one query and
 * kept for a few seconds: "who is on call now" for every rotation then costs
 * one query instead of one per rotation. A change made on this replica
 * drops the snapshot at once (`forget`); one made on another shows within
 * `ttlMs`.
 */
export class UpcomingOverrides {
  private snapshot?: Snapshot;
  private reading?: Promise<Snapshot>;
  private generation = 0;

  constructor(
    private readonly store: OverrideStore,
    private readonly ttlMs: number,
  ) {}

  /**
   * Every active override of the rotation the engine needs to answer for
   * `at`, or undefined when `at` lies too far in the past for the snapshot
   * (the caller then asks the store).
   */
  async around(
    rotation: string,
    at: number,
    businessNow: number,
  ): Promise<ScheduleOverride[] | undefined> {
    if (at < businessNow - RECENT_MS) {
      return undefined;
    }
    let snapshot = await this.current(businessNow);
    if (at - LOOK_BEHIND_MS < snapshot.since) {
      // The business clock went back since the read (tests move it).
      this.forget();
      snapshot = await this.current(businessNow);
    }
    return snapshot.byRotation.get(rotation) ?? [];
  }

  /** Drops the snapshot: the next question reads the store again. */
  forget(): void {
    this.snapshot = undefined;
    // A read under way may have missed the change: the next question starts another.
    this.reading = undefined;
    this.generation += 1;
  }

  private async current(businessNow: number): Promise<Snapshot> {
    // Ages are measured on the machine's clock, whatever the business clock says.
    if (this.snapshot && Date.now() - this.snapshot.readAt < this.ttlMs) {
      return this.snapshot;
    }
    if (!this.reading) {
      const reading = this.read(businessNow).finally(() => {
        if (this.reading === reading) {
          this.reading = undefined;
        }
      });
      this.reading = reading;
    }
    return await this.reading;
  }

  private async read(businessNow: number): Promise<Snapshot> {
    const generation = this.generation;
    const since = businessNow - RECENT_MS - LOOK_BEHIND_MS;
    const overrides = await this.store.listActive({
      from: new Date(since).toISOString(),
    });
    const byRotation = new Map<string, ScheduleOverride[]>();
    for (const override of overrides) {
      const list = byRotation.get(override.rotation) ?? [];
      list.push(override);
      byRotation.set(override.rotation, list);
    }
    const snapshot = { since, readAt: Date.now(), byRotation };
    // A change made during the read may be missing from it: not kept then.
    if (generation === this.generation) {
      this.snapshot = snapshot;
    }
    return snapshot;
  }
}
