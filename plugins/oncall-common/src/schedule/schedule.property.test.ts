import fc from 'fast-check';
import { naiveHolder } from '../__testUtils__/naiveHolder';
import { RandomCase, randomCase } from '../__testUtils__/randomRotations';
import { auditCoverage } from '../coverage/auditCoverage';
import { localDateTimeMillis } from '../rotation/localTime';
import { ON_CALL_ROLES, OnCallRole, Shift } from '../rotation/types';
import { computeSchedule } from './computeSchedule';

const iso = (millis: number) => new Date(millis).toISOString();
const ms = (text: string) => Date.parse(text);

function scheduleOf(c: RandomCase, from = c.from, to = c.to): Shift[] {
  return computeSchedule(c.definition, c.overrides, {
    from: iso(from),
    to: iso(to),
  });
}

const ofRole = (shifts: Shift[], role: OnCallRole) =>
  shifts.filter(s => s.role === role);

/** Whether a role has a layer that covers every instant of the range. */
function fullyCovered(c: RandomCase, role: OnCallRole): boolean {
  return c.definition.layers.some(
    layer =>
      layer.role === role &&
      !layer.restrictions &&
      !layer.end &&
      localDateTimeMillis(layer.start, c.definition.timeZone)! <= c.from,
  );
}

/** Joins touching shifts of one person from one source, as the engine does. */
function merged(shifts: Shift[]): Shift[] {
  const result: Shift[] = [];
  for (const shift of shifts) {
    const last = result[result.length - 1];
    if (
      last &&
      last.role === shift.role &&
      last.end === shift.start &&
      last.user === shift.user &&
      last.layer === shift.layer &&
      last.overrideId === shift.overrideId
    ) {
      last.end = shift.end;
    } else {
      result.push({ ...shift });
    }
  }
  return result;
}

describe('computeSchedule on random rotations', () => {
  it('(a) puts exactly one primary at every instant when an unrestricted layer covers', () => {
    fc.assert(
      fc.property(randomCase, c => {
        const primaries = ofRole(scheduleOf(c), 'primary');
        expect(primaries[0].start).toBe(iso(c.from));
        expect(primaries[primaries.length - 1].end).toBe(iso(c.to));
        for (let i = 1; i < primaries.length; i++) {
          expect(primaries[i].start).toBe(primaries[i - 1].end);
        }
      }),
    );
  });

  it('(b) never overlaps shifts of one role, and leaves no hole where a layer covers all', () => {
    fc.assert(
      fc.property(randomCase, c => {
        const shifts = scheduleOf(c);
        expect(shifts.map(s => s.role)).toEqual(
          [...shifts.map(s => s.role)].sort(),
        );
        for (const role of ON_CALL_ROLES) {
          const own = ofRole(shifts, role);
          for (const shift of own) {
            expect(ms(shift.end)).toBeGreaterThan(ms(shift.start));
            expect(ms(shift.start)).toBeGreaterThanOrEqual(c.from);
            expect(ms(shift.end)).toBeLessThanOrEqual(c.to);
          }
          const after = own.slice(1).map((shift, i) => ({
            previousEnd: own[i].end,
            start: shift.start,
          }));
          expect(after.filter(p => ms(p.start) < ms(p.previousEnd))).toEqual(
            [],
          );
          const holes = after.filter(p => p.start !== p.previousEnd);
          expect(fullyCovered(c, role) ? holes : []).toEqual([]);
        }
      }),
    );
  });

  it("(c) gives an override's user the role wherever that override is the latest", () => {
    fc.assert(
      fc.property(randomCase, c => {
        const shifts = scheduleOf(c);
        for (const override of c.overrides) {
          const later = c.overrides.filter(
            o =>
              o.role === override.role &&
              (o.createdAt > override.createdAt ||
                (o.createdAt === override.createdAt && o.id > override.id)),
          );
          // Probe the override's span within the range at each hour and its edges.
          const start = Math.max(ms(override.start), c.from);
          const end = Math.min(ms(override.end), c.to);
          for (let at = start; at < end; at += 3_600_000) {
            if (later.some(o => ms(o.start) <= at && at < ms(o.end))) continue;
            const holder = ofRole(shifts, override.role).find(
              s => ms(s.start) <= at && at < ms(s.end),
            );
            expect(holder?.user).toBe(override.user);
            expect(holder?.overrideId).toBe(override.id);
          }
        }
      }),
    );
  });

  it('(d) leaves exactly the gaps auditCoverage reports uncovered by primaries', () => {
    fc.assert(
      fc.property(randomCase, c => {
        // Drop the always-on layer so that gaps happen.
        const gappy = {
          ...c,
          definition: { ...c.definition, layers: c.definition.layers.slice(1) },
        };
        const pieces = [
          ...ofRole(scheduleOf(gappy), 'primary').map(s => [
            ms(s.start),
            ms(s.end),
          ]),
          ...auditCoverage({
            rotations: [
              {
                definition: gappy.definition,
                overrides: c.overrides,
                ownerMembers: [],
              },
            ],
            from: iso(c.from),
            to: iso(c.to),
          }).flatMap(f => (f.type === 'gap' ? [[ms(f.start), ms(f.end)]] : [])),
        ].sort((x, y) => x[0] - y[0]);
        expect(pieces[0][0]).toBe(c.from);
        expect(pieces[pieces.length - 1][1]).toBe(c.to);
        for (let i = 1; i < pieces.length; i++) {
          expect(pieces[i][0]).toBe(pieces[i - 1][1]);
        }
      }),
    );
  });

  it('(e) computes [a, c) as [a, b) followed by [b, c)', () => {
    fc.assert(
      fc.property(
        randomCase,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (c, cut) => {
          const b = c.from + Math.floor((c.to - c.from) * cut);
          const parts = [
            ...scheduleOf(c, c.from, b),
            ...scheduleOf(c, b, c.to),
          ];
          const byRoleThenStart = parts.sort(
            (x, y) => x.role.localeCompare(y.role) || ms(x.start) - ms(y.start),
          );
          expect(merged(byRoleThenStart)).toEqual(scheduleOf(c));
        },
      ),
    );
  });

  it('agrees with a slow instant-by-instant evaluation', () => {
    fc.assert(
      fc.property(
        randomCase,
        fc.array(
          fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
          {
            minLength: 20,
            maxLength: 20,
          },
        ),
        (c, probes) => {
          const shifts = scheduleOf(c);
          const instants = [
            ...probes.map(p => c.from + Math.floor((c.to - c.from) * p)),
            ...shifts.slice(0, 30).flatMap(s => [ms(s.start), ms(s.end) - 1]),
          ];
          for (const at of instants) {
            for (const role of ON_CALL_ROLES) {
              const held = ofRole(shifts, role).find(
                s => ms(s.start) <= at && at < ms(s.end),
              );
              expect([role, iso(at), held?.user]).toEqual([
                role,
                iso(at),
                naiveHolder(c.definition, c.overrides, role, at),
              ]);
            }
          }
        },
      ),
    );
  });
});
