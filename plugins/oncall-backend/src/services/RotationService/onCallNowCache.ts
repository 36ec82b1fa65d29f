import type {
  OnCallNow,
  RotationDefinition,
  ScheduleOverride,
} from '@localplus/plugin-oncall-common';

/** An answer is reused for at most this much business time after its instant. */
const MAX_REUSE_MS = 3_600_000;

interface Entry {
  definition: RotationDefinition;
  overridesKey: string;
  from: number;
  until: number;
  answer: OnCallNow;
}

/**
 * Who is on call, per rotation, reused until something could change it:
 * the next handoff, the end of either holder's shift, an hour at most, a
 * new read of the rotation (another definition object) or other overrides.
 * Working the answer out takes the engine milliseconds per rotation; the
 * overview asks for every rotation on each visit.
 */
export class OnCallNowCache {
  private readonly entries = new Map<string, Entry>();

  get(
    definition: RotationDefinition,
    overrides: readonly ScheduleOverride[],
    at: number,
  ): OnCallNow | undefined {
    const entry = this.entries.get(definition.name);
    if (
      entry &&
      entry.definition === definition &&
      entry.overridesKey === overridesKey(overrides) &&
      entry.from <= at &&
      at < entry.until
    ) {
      return entry.answer;
    }
    return undefined;
  }

  set(
    definition: RotationDefinition,
    overrides: readonly ScheduleOverride[],
    at: number,
    answer: OnCallNow,
  ): void {
    const ends = [
      answer.nextHandoff,
      answer.primary?.end,
      answer.secondary?.end,
    ].flatMap(end => (end ? [Date.parse(end)] : []));
    this.entries.set(definition.name, {
      definition,
      overridesKey: overridesKey(overrides),
      from: at,
      until: Math.min(at + MAX_REUSE_MS, ...ends),
      answer,
    });
  }
}

function overridesKey(overrides: readonly ScheduleOverride[]): string {
  return overrides
    .map(o => `${o.id}@${o.start}/${o.end}/${o.user}`)
    .sort()
    .join(',');
}
