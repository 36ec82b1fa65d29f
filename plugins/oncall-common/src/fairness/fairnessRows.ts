import { DateTime } from 'luxon';
import type { FairnessRow, OnCallPage } from '../api/types';
import type { RotationDefinition, ScheduleOverride } from '../rotation/types';
import { roleTimelines } from '../schedule/computeSchedule';
import {
  HOUR_MS,
  rangeSpan,
  Span,
  tryInstantMillis,
} from '../schedule/instants';
import { intersectSpans, spansLength, unionSpans } from '../schedule/intervals';
import { restrictionWindows } from '../schedule/restrictions';

export interface FairnessInput {
  rotations: Array<{
    definition: RotationDefinition;
    overrides: ScheduleOverride[];
  }>;
  /** Pages of the period; those fired outside [from, to) are ignored. */
  pages: OnCallPage[];
  from: string;
  to: string;
}

/** The seeds' nights: 22:00 to 08:00 in the rotation's time zone. */
export const NIGHT = { from: '22:00', to: '08:00' } as const;
/** Time off owed per hour of weekend incident (seeds: 1.5x). */
export const WEEKEND_TIME_OFF_FACTOR = 1.5;
/** A weekend incident counts at least this long, however fast it was handled. */
export const MIN_INCIDENT_HOURS = 1;
const WEEK_HOURS = 168;

interface Tally {
  rotations: Set<string>;
  primaryMs: number;
  secondaryMs: number;
  onCall: Span[];
  night: Span[];
  weekend: Span[];
  pages: number;
  nightPages: number;
  weekendPages: number;
  weekendIncidentMs: number;
}

/**
 * One row per person on call or paged in [from, to): hours per role, at
 * night and at the weekend (local to each rotation), pages received as
 * first responder, and the seeds' compensation. Time on call in two roles
 * or two rotations at once counts once in `hoursOnCall`, nights and weekends.
 */
export function fairnessRows(input: FairnessInput): FairnessRow[] {
  const span = rangeSpan(input);
  const tallies = new Map<string, Tally>();
  const tallyOf = (user: string) => {
    let tally = tallies.get(user);
    if (!tally) {
      tally = emptyTally();
      tallies.set(user, tally);
    }
    return tally;
  };
  const zoneOf = new Map<string, string>();

  for (const { definition, overrides } of input.rotations) {
    zoneOf.set(definition.name, definition.timeZone);
    if (span.end <= span.start) continue;
    const timelines = roleTimelines(definition, overrides, span);
    const nights = restrictionWindows(
      [{ type: 'daily', ...NIGHT }],
      definition.timeZone,
      span,
    );
    const weekends = restrictionWindows(
      [{ type: 'weekly', fromDay: 6, from: '00:00', toDay: 1, to: '00:00' }],
      definition.timeZone,
      span,
    );
    const spansOf = new Map<string, Span[]>();
    for (const role of ['primary', 'secondary'] as const) {
      for (const segment of timelines[role]) {
        const tally = tallyOf(segment.user);
        tally.rotations.add(definition.name);
        const length = segment.end - segment.start;
        if (role === 'primary') tally.primaryMs += length;
        else tally.secondaryMs += length;
        const spans = spansOf.get(segment.user);
        if (spans) spans.push(segment);
        else spansOf.set(segment.user, [segment]);
      }
    }
    for (const [user, spans] of spansOf) {
      const onCall = unionSpans(spans);
      const tally = tallyOf(user);
      tally.onCall.push(...onCall);
      tally.night.push(...intersectSpans(onCall, nights));
      tally.weekend.push(...intersectSpans(onCall, weekends));
    }
  }

  for (const page of input.pages) {
    const firedAt = tryInstantMillis(page.firedAt);
    if (!page.primary || firedAt === undefined) continue;
    if (firedAt < span.start || firedAt >= span.end) continue;
    const local = DateTime.fromMillis(firedAt, {
      zone: (page.rotation && zoneOf.get(page.rotation)) || 'UTC',
    });
    const tally = tallyOf(page.primary);
    tally.pages++;
    if (local.hour >= 22 || local.hour < 8) tally.nightPages++;
    if (local.weekday >= 6) {
      tally.weekendPages++;
      tally.weekendIncidentMs += incidentMs(page, firedAt);
    }
  }

  return [...tallies.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([user, tally]) => toRow(user, tally));
}

/**
 * How long a weekend incident counts: from firing to resolution (or to
 * acknowledgement when it never resolved), at least one hour.
 */
function incidentMs(page: OnCallPage, firedAt: number): number {
  const end =
    tryInstantMillis(page.resolvedAt) ?? tryInstantMillis(page.acknowledgedAt);
  const length = end === undefined ? 0 : end - firedAt;
  return Math.max(MIN_INCIDENT_HOURS * HOUR_MS, length);
}

function toRow(user: string, tally: Tally): FairnessRow {
  const onCallHours = spansLength(unionSpans(tally.onCall)) / HOUR_MS;
  return {
    user,
    rotations: [...tally.rotations].sort(),
    hoursOnCall: tenths(onCallHours),
    primaryHours: tenths(tally.primaryMs / HOUR_MS),
    secondaryHours: tenths(tally.secondaryMs / HOUR_MS),
    nightHours: tenths(spansLength(unionSpans(tally.night)) / HOUR_MS),
    weekendHours: tenths(spansLength(unionSpans(tally.weekend)) / HOUR_MS),
    pages: tally.pages,
    nightPages: tally.nightPages,
    weekendPages: tally.weekendPages,
    compensation: {
      // Prorated: a whole week on call (either role) is 1, DST weeks included.
      onCallWeeks: tenths(onCallHours / WEEK_HOURS),
      nightIncidents: tally.nightPages,
      weekendIncidents: tally.weekendPages,
      weekendTimeOffHours: tenths(
        (WEEKEND_TIME_OFF_FACTOR * tally.weekendIncidentMs) / HOUR_MS,
      ),
    },
  };
}

function emptyTally(): Tally {
  return {
    rotations: new Set(),
    primaryMs: 0,
    secondaryMs: 0,
    onCall: [],
    night: [],
    weekend: [],
    pages: 0,
    nightPages: 0,
    weekendPages: 0,
    weekendIncidentMs: 0,
  };
}

function tenths(value: number): number {
  return Math.round(value * 10) / 10;
}
