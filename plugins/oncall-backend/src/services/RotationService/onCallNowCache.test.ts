import {
  onCallAt,
  parseRotationFile,
  ScheduleOverride,
} from '@localplus/plugin-oncall-common';
import { weeklyRotationYaml } from '../../__testUtils__/rotationFiles';
import { OnCallNowCache } from './onCallNowCache';

const parse = () =>
  parseRotationFile(weeklyRotationYaml({ name: 'weekly' }), {
    source: './weekly.yaml',
    owner: 'group:default/oncall',
  }).definition!;

const FRIDAY = Date.parse('2026-12-04T12:00:00.000Z');
const HANDOFF = Date.parse('2026-12-07T09:00:00.000Z');
const override: ScheduleOverride = {
  id: 'o1',
  rotation: 'weekly',
  role: 'primary',
  start: '2026-12-05T09:00:00.000Z',
  end: '2026-12-06T09:00:00.000Z',
  user: 'user:default/bob',
  reason: 'r',
  createdBy: 'user:default/alice',
  createdAt: '2026-12-04T00:00:00.000Z',
};

describe('OnCallNowCache', () => {
  const definition = parse();
  const answer = onCallAt(definition, [], new Date(FRIDAY).toISOString());

  it('reuses an answer for an hour at most, never across a handoff', () => {
    const cache = new OnCallNowCache();
    cache.set(definition, [], FRIDAY, answer);
    expect(cache.get(definition, [], FRIDAY + 59 * 60_000)).toBe(answer);
    expect(cache.get(definition, [], FRIDAY + 60 * 60_000)).toBeUndefined();
    expect(cache.get(definition, [], FRIDAY - 1)).toBeUndefined();

    const late = HANDOFF - 30 * 60_000;
    const lateAnswer = onCallAt(definition, [], new Date(late).toISOString());
    cache.set(definition, [], late, lateAnswer);
    expect(cache.get(definition, [], HANDOFF - 1)).toBe(lateAnswer);
    expect(cache.get(definition, [], HANDOFF)).toBeUndefined();
  });

  it('forgets an answer when the overrides or the rotation change', () => {
    const cache = new OnCallNowCache();
    cache.set(definition, [], FRIDAY, answer);
    expect(cache.get(definition, [override], FRIDAY)).toBeUndefined();
    cache.set(definition, [override], FRIDAY, answer);
    expect(
      cache.get(
        definition,
        [{ ...override, user: 'user:default/eve' }],
        FRIDAY,
      ),
    ).toBeUndefined();
    expect(cache.get(parse(), [override], FRIDAY)).toBeUndefined();
  });
});
