import type { LoggerService } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import {
  computeSchedule,
  OnCallNow,
  OnCallPerson,
  onCallAt,
  RotationProblem,
  ScheduleOverride,
  Shift,
} from '@localplus/plugin-oncall-common';
import type {
  OnCallProvider,
  ProvidedRotation,
} from '@localplus/plugin-oncall-node';
import type { OverrideStore } from '../OverrideStore';
import type { OrganisationSource } from '../Organisation';
import { mergeProviderReads, ProviderRead } from './mergeProviderReads';
import { OnCallNowCache } from './onCallNowCache';
import { rotationsAnswering } from './rotationCoverage';
import type { RotationService } from './RotationService';
import { UpcomingOverrides } from './upcomingOverrides';

const WEEK_MS = 7 * 86_400_000;
/** What onCallAt looks at around its instant: 8 weeks back, 16 ahead. */
const ON_CALL_SPAN = { behind: 8 * WEEK_MS, ahead: 16 * WEEK_MS };
/**
 * A read that found no rotation is read again on demand once it is this
 * old: at startup the catalog is still ingesting, and the scheduled refresh
 * would otherwise leave the portal without rotations for its interval.
 * Short, because every request of the ingest restarts the clock: with 15 s,
 * a compliance run shortly after a page view got the empty read unread.
 */
const EMPTY_READ_MAX_AGE_MS = 2_000;
/**
 * How long a request waits for that read before answering from the empty
 * one: long enough for a read of what the catalog has ingested meanwhile,
 * on a machine busy starting up (the first compliance run found no rotation
 * when a 2 s wait ran out), and bounded, so that a hanging catalog holds no
 * request longer.
 */
const DEFAULT_EMPTY_READ_WAIT_MS = 10_000;

export interface DefaultRotationServiceOptions {
  /** In order: the first provider of a rotation name keeps it. */
  providers: OnCallProvider[];
  overrideStore: OverrideStore;
  organisation: OrganisationSource;
  logger: LoggerService;
  /** Business time: "now" for who is on call. Tests pin it. */
  now?: () => Date;
  /** How long other replicas' override changes may take to show. Default 5 s. */
  overridesTtlMs?: number;
  /** How long a request waits for an empty read to be read again. Default 10 s. */
  emptyReadWaitMs?: number;
}

interface Snapshot {
  rotations: ProvidedRotation[];
  problems: RotationProblem[];
  byName: Map<string, ProvidedRotation>;
  /** Wall-clock time of the read (not business time, which tests pin). */
  readAtMs: number;
}

/**
 * The rotations of every provider, kept in memory between refreshes, with
 * the portal's overrides from the store and the providers' own applied.
 */
export class DefaultRotationService implements RotationService {
  private snapshot?: Snapshot;
  private refreshing?: Promise<Snapshot>;
  private readonly upcoming: UpcomingOverrides;
  private readonly answers = new OnCallNowCache();
  private readonly now: () => Date;

  constructor(private readonly options: DefaultRotationServiceOptions) {
    this.now = options.now ?? (() => new Date());
    this.upcoming = new UpcomingOverrides(
      options.overrideStore,
      options.overridesTtlMs ?? 5_000,
    );
  }

  async list() {
    const { rotations, problems } = await this.current();
    return { rotations, problems };
  }

  async get(name: string): Promise<ProvidedRotation | undefined> {
    return (await this.current()).byName.get(name);
  }

  async rotationsFor(entityRef: string): Promise<ProvidedRotation[]> {
    const [{ rotations }, organisation] = await Promise.all([
      this.current(),
      this.options.organisation.current(),
    ]);
    const owner = entityRef.toLocaleLowerCase('en-US').startsWith('group:')
      ? undefined
      : await this.options.organisation.ownerOf(entityRef);
    return rotationsAnswering(rotations, organisation, entityRef, owner);
  }

  async overrides(
    rotation: string,
    from: string,
    to: string,
  ): Promise<ScheduleOverride[]> {
    const provided = await this.require(rotation);
    const stored = await this.options.overrideStore.listActive({
      rotation,
      from: new Date(from).toISOString(),
      to: new Date(to).toISOString(),
    });
    const ours = (provided.providerOverrides ?? []).filter(
      override => override.start < to && from < override.end,
    );
    return [...ours, ...stored].sort((a, b) => a.start.localeCompare(b.start));
  }

  async schedule(rotation: string, from: string, to: string): Promise<Shift[]> {
    const provided = await this.require(rotation);
    const overrides = await this.overrides(rotation, from, to);
    return computeSchedule(provided.definition, overrides, { from, to });
  }

  async onCallAt(rotation: string, at: string): Promise<OnCallNow> {
    const provided = await this.require(rotation);
    const atMillis = new Date(at).getTime();
    const stored =
      (await this.upcoming.around(rotation, atMillis, this.now().getTime())) ??
      (await this.options.overrideStore.listActive({
        rotation,
        from: new Date(atMillis - ON_CALL_SPAN.behind).toISOString(),
        to: new Date(atMillis + ON_CALL_SPAN.ahead).toISOString(),
      }));
    const overrides = [...(provided.providerOverrides ?? []), ...stored];
    const cached = this.answers.get(provided.definition, overrides, atMillis);
    if (cached) {
      return cached;
    }
    const answer = onCallAt(provided.definition, overrides, at);
    this.answers.set(provided.definition, overrides, atMillis, answer);
    return answer;
  }

  async people(refs: Iterable<string>): Promise<Record<string, OnCallPerson>> {
    const organisation = await this.options.organisation.current();
    const people: Record<string, OnCallPerson> = {};
    for (const ref of refs) {
      people[ref] = { ...organisation.person(ref), ref };
    }
    return people;
  }

  async groupMembers(groupRef: string): Promise<string[]> {
    return (await this.options.organisation.current()).members(groupRef);
  }

  async refresh(): Promise<void> {
    await this.read();
  }

  /** Drops what is kept of the overrides, after this replica changed them. */
  forgetOverrides(): void {
    this.upcoming.forget();
  }

  private async require(name: string): Promise<ProvidedRotation> {
    const rotation = await this.get(name);
    if (!rotation) {
      throw new NotFoundError(`No rotation named ${name}`);
    }
    return rotation;
  }

  private async current(): Promise<Snapshot> {
    const snapshot = this.snapshot;
    if (!snapshot) {
      return this.read();
    }
    if (
      snapshot.rotations.length === 0 &&
      Date.now() - snapshot.readAtMs > EMPTY_READ_MAX_AGE_MS
    ) {
      const reading = this.read().catch(error => {
        this.options.logger.warn(`On-call rotations not read again: ${error}`);
        return snapshot;
      });
      let timer: NodeJS.Timeout | undefined;
      const waited = new Promise<Snapshot>(resolve => {
        timer = setTimeout(
          () => resolve(snapshot),
          this.options.emptyReadWaitMs ?? DEFAULT_EMPTY_READ_WAIT_MS,
        );
      });
      return Promise.race([reading, waited]).finally(() => clearTimeout(timer));
    }
    return snapshot;
  }

  /** Reads every provider; concurrent callers share one read. */
  private read(): Promise<Snapshot> {
    if (!this.refreshing) {
      this.refreshing = this.readProviders().finally(() => {
        this.refreshing = undefined;
      });
    }
    return this.refreshing;
  }

  private async readProviders(): Promise<Snapshot> {
    const reads: ProviderRead[] = await Promise.all(
      this.options.providers.map(async provider => {
        try {
          return {
            provider: provider.id,
            read: await provider.listRotations(),
          };
        } catch (error) {
          const message =
            error instanceof Error ? error.message : String(error);
          this.options.logger.warn(
            `The on-call provider ${provider.id} could not be read: ${message}`,
          );
          return { provider: provider.id, error: message };
        }
      }),
    );
    const merged = mergeProviderReads(reads, this.snapshot?.rotations ?? []);
    if (this.snapshot?.rotations.length === 0 && merged.rotations.length > 0) {
      this.options.logger.info(
        `On-call rotations found: ${merged.rotations.length}, after a read that found none`,
      );
    }
    this.snapshot = {
      ...merged,
      byName: new Map(merged.rotations.map(r => [r.definition.name, r])),
      readAtMs: Date.now(),
    };
    return this.snapshot;
  }
}
