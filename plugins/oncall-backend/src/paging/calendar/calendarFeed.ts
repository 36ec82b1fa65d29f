import type {
  OnCallPerson,
  OnCallRole,
  RotationDefinition,
  Shift,
} from '@localplus/plugin-oncall-common';
import ical from 'ical-generator';
import { DateTime } from 'luxon';
import { createHash } from 'node:crypto';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';

const ROLE_TITLES: Record<OnCallRole, string> = {
  primary: 'Primary on call',
  secondary: 'Secondary on call',
};

export interface CalendarFeedInput {
  /** The calendar's name, e.g. "On call: Alice Martin". */
  name: string;
  /** Whose shifts: a person's feed leaves their name out of the titles. */
  scope: 'person' | 'rotation';
  /** The shifts, each with its rotation; shifts may reach outside [from, to). */
  shifts: Array<{ shift: Shift; rotation: RotationDefinition }>;
  people: Record<string, OnCallPerson>;
  from: Date;
  to: Date;
}

/** Stable across requests and feeds: the same shift is the same event. */
function uid(...parts: string[]): string {
  const digest = createHash('sha256').update(parts.join('\n')).digest('hex');
  return `${digest.slice(0, 32)}@oncall.localplus`;
}

const intersects = (start: string, end: string, from: Date, to: Date) =>
  Date.parse(start) < to.getTime() && Date.parse(end) > from.getTime();

function inZone(iso: string, zone: string): DateTime {
  return DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone);
}

/**
 * Handoff instants: where a shift drawn from a layer starts or ends. Each
 * gets its sync as a short event before it; overrides make no handoff sync.
 */
function handoffs(
  input: CalendarFeedInput,
): Array<{ rotation: RotationDefinition; at: string }> {
  const seen = new Map<string, { rotation: RotationDefinition; at: string }>();
  for (const { shift, rotation } of input.shifts) {
    if (shift.overrideId || rotation.handoff.syncMinutes <= 0) {
      continue;
    }
    // A rotation's own feed shows each change once, at the incoming shift.
    const instants =
      input.scope === 'rotation' ? [shift.start] : [shift.start, shift.end];
    for (const at of instants) {
      const millis = Date.parse(at);
      if (millis >= input.from.getTime() && millis < input.to.getTime()) {
        seen.set(`${rotation.name}\n${at}`, { rotation, at });
      }
    }
  }
  return [...seen.values()];
}

function shiftDescription(
  shift: Shift,
  rotation: RotationDefinition,
  person: string,
): string {
  return [
    `${ROLE_TITLES[shift.role]}: ${person}.`,
    `Rotation: ${rotation.title} (${rotation.name}).`,
    shift.overrideId
      ? 'Covering through an override.'
      : `From layer "${shift.layer}".`,
    `Handoff: ${rotation.handoff.description}.`,
  ].join('\n');
}

/**
 * The iCalendar text of a feed: one event per shift intersecting [from, to),
 * dated in its rotation's time zone with a VTIMEZONE for it, and one short
 * event per handoff sync.
 */
/** The rotation's zone when a VTIMEZONE block exists for it, else UTC. */
function zoneOf(rotation: { timeZone: string }): string {
  return getVtimezoneComponent(rotation.timeZone) ? rotation.timeZone : 'UTC';
}

export function buildCalendarFeed(input: CalendarFeedInput): string {
  const zones = new Set(input.shifts.map(s => zoneOf(s.rotation)));
  const calendar = ical({
    name: input.name,
    prodId: { company: 'LOCAL-PLUS', product: 'oncall', language: 'EN' },
    timezone: {
      name: [...zones][0] ?? 'UTC',
      // The zone's rules as a VTIMEZONE block (tzurl.org's, packaged);
      // events of a zone it does not know are written in UTC instead.
      generator: getVtimezoneComponent,
    },
    ttl: 300,
  });

  for (const { shift, rotation } of input.shifts) {
    if (!intersects(shift.start, shift.end, input.from, input.to)) {
      continue;
    }
    const person = input.people[shift.user]?.displayName ?? shift.user;
    const title = `${ROLE_TITLES[shift.role]} — ${rotation.title}`;
    calendar.createEvent({
      id: uid(rotation.name, shift.role, shift.user, shift.start),
      start: inZone(shift.start, zoneOf(rotation)),
      end: inZone(shift.end, zoneOf(rotation)),
      timezone: zoneOf(rotation),
      summary: input.scope === 'person' ? title : `${person}: ${title}`,
      description: shiftDescription(shift, rotation, person),
    });
  }

  for (const { rotation, at } of handoffs(input)) {
    const end = inZone(at, zoneOf(rotation));
    calendar.createEvent({
      id: uid(rotation.name, 'handoff', at),
      start: end.minus({ minutes: rotation.handoff.syncMinutes }),
      end,
      timezone: zoneOf(rotation),
      summary: `Handoff sync — ${rotation.title}`,
      description: `${rotation.handoff.syncMinutes}-minute sync between the outgoing and incoming on-call (${rotation.handoff.description}).`,
    });
  }
  return calendar.toString();
}
