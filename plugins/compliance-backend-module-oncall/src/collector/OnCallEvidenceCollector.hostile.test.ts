import type {
  CollectedObservation,
  EvidenceCollector,
} from '@localplus/plugin-compliance-node';
import { collectionContext } from '@localplus/plugin-compliance-node/testUtils';
import {
  endlessBody,
  standInPlugin,
} from '@localplus/plugin-compliance-node/testUtils';
import { startCollectorBackend } from '../__testUtils__/startCollectorBackend';

// An on-call backend gone wrong (a stand-in plugin with id `oncall`): errors,
// wrong types, endless bodies, pages beyond one request, invalid parameters.

jest.setTimeout(60_000);

const NOW = new Date('2026-12-05T12:00:00Z');
const MINUTE_MS = 60_000;

const rotation = (name: string) => ({
  name,
  title: name,
  owner: `group:default/${name}-team`,
  provider: 'native',
});

function page(i: number, firedMinutesAgo: number, acknowledgedAfter?: number) {
  const firedAt = NOW.getTime() - firedMinutesAgo * MINUTE_MS;
  return {
    id: `page-${i}`,
    alertName: `Alert${i}`,
    entityRef: 'component:default/svc-ledger',
    severity: 'P2',
    rotation: 'payments',
    firedAt: new Date(firedAt).toISOString(),
    ...(acknowledgedAfter === undefined
      ? {}
      : {
          acknowledgedAt: new Date(
            firedAt + acknowledgedAfter * MINUTE_MS,
          ).toISOString(),
        }),
  };
}

describe('OnCallEvidenceCollector with a hostile on-call backend', () => {
  const oncall = standInPlugin('oncall');
  let collector: EvidenceCollector;
  let oncallUrl: string;

  beforeAll(async () => {
    const started = await startCollectorBackend({
      features: [oncall.plugin],
      config: {},
    });
    collector = started.collector;
    oncallUrl = `http://localhost:${started.backend.server.port()}/api/oncall`;
  });

  beforeEach(() => {
    oncall.state.requests.length = 0;
  });

  const collect = (...requested: Parameters<typeof collectionContext>[0]) =>
    collector.collect(collectionContext(requested, { now: NOW }));
  const subjects = (observations: CollectedObservation[]) =>
    Object.fromEntries(
      observations.map(o => [o.subject, [o.result, o.summary]]),
    );

  it('reports rotations it cannot list as one error, naming the field at fault', async () => {
    oncall.state.answer = (_req, res) => {
      res.json({ rotations: 'all of them', problems: [] });
    };

    expect(subjects(await collect('oncall.rotation-coverage'))).toEqual({
      'oncall:rotations': [
        'error',
        `Could not list the rotations: GET ${oncallUrl}/rotations answered something unexpected at rotations: Invalid input: expected array, received string`,
      ],
    });
  });

  it('gives one rotation an error when its schedule fails, and still judges the others', async () => {
    oncall.state.answer = (req, res) => {
      if (req.path === '/rotations') {
        res.json({
          rotations: [rotation('payments'), rotation('shop')],
          problems: [],
        });
      } else if (req.path === '/coverage') {
        res.json({
          from: NOW.toISOString(),
          to: NOW.toISOString(),
          findings: [],
        });
      } else if (req.path.startsWith('/rotations/shop/')) {
        res
          .status(500)
          .json({ error: { message: 'schedule engine exploded' } });
      } else {
        res.json({
          shifts: [
            {
              role: 'primary',
              start: '2026-01-01T00:00:00Z',
              end: '2027-01-01T00:00:00Z',
            },
          ],
        });
      }
    };
    const observed = subjects(await collect('oncall.rotation-coverage'));

    expect(observed['rotation:payments'][0]).toBe('pass');
    expect(observed['rotation:shop'][0]).toBe('error');
    expect(observed['rotation:shop'][1]).toMatch(
      /^GET .*\/rotations\/shop\/schedule\?from=.* answered 500 Internal Server Error: schedule engine exploded$/,
    );
  });

  it('reads a window longer than the backend serves at once in pieces', async () => {
    oncall.state.answer = (req, res) => {
      if (req.path === '/rotations') {
        res.json({ rotations: [rotation('payments')], problems: [] });
      } else if (req.path === '/coverage') {
        res.json({
          from: NOW.toISOString(),
          to: NOW.toISOString(),
          findings: [],
        });
      } else {
        // Covered only over what each request asked for.
        res.json({
          shifts: [
            { role: 'primary', start: req.query.from, end: req.query.to },
          ],
        });
      }
    };
    const context = collectionContext(['oncall.rotation-coverage'], {
      now: NOW,
    });
    context.window.from = new Date(NOW.getTime() - 200 * 86_400_000);
    const [observed] = await collector.collect(context);

    expect(observed.result).toBe('pass');
    const schedules = oncall.state.requests.filter(url =>
      url.includes('/schedule'),
    );
    expect(schedules).toHaveLength(3);
  });

  it('refuses an endless coverage answer instead of holding the run', async () => {
    oncall.state.answer = (req, res) => {
      if (req.path === '/rotations') {
        res.json({ rotations: [rotation('payments')], problems: [] });
      } else if (req.path === '/coverage') {
        endlessBody(res);
      } else {
        res.json({ shifts: [] });
      }
    };
    const [observed] = await collect('oncall.rotation-coverage');

    expect(observed).toMatchObject({
      subject: 'rotation:payments',
      result: 'error',
      summary: `GET ${oncallUrl}/coverage answered more than 16 MiB`,
    });
  });

  it('reads every page of a busy window, a thousand at a time', async () => {
    const pages = Array.from({ length: 1500 }, (_, i) =>
      page(i, 10 + i, i === 7 ? 30 : 1),
    );
    oncall.state.answer = (req, res) => {
      if (req.path === '/rotations') {
        res.json({ rotations: [rotation('payments')], problems: [] });
        return;
      }
      const to = Date.parse(String(req.query.to));
      res.json(pages.filter(p => Date.parse(p.firedAt) < to).slice(0, 1000));
    };
    const [observed] = await collect('oncall.page-acknowledgement');

    expect(observed).toMatchObject({
      subject: 'component:default/svc-ledger',
      result: 'fail',
      details: { pages: 1500, due: 1500, late: 1 },
    });
    expect(
      oncall.state.requests.filter(url => url.startsWith('/pages')),
    ).toHaveLength(2);
  });

  it('stops when the backend answers the same full batch again', async () => {
    const sameInstant = Array.from({ length: 1000 }, (_, i) => ({
      ...page(i, 10, 1),
      firedAt: '2026-12-05T11:00:00.000Z',
    }));
    oncall.state.answer = (req, res) => {
      res.json(
        req.path === '/pages' ? sameInstant : { rotations: [], problems: [] },
      );
    };

    expect(await collect('oncall.page-acknowledgement')).toEqual([
      expect.objectContaining({
        subject: 'oncall:pages',
        result: 'error',
        summary: expect.stringMatching(
          /^Could not read the pages of the window: The on-call backend answers the same 1000 pages again for /,
        ),
      }),
    ]);
  });

  it('refuses pages of an unknown severity or with a date that is not one', async () => {
    oncall.state.answer = (req, res) => {
      res.json(
        req.path === '/pages'
          ? [{ ...page(1, 10), severity: 'P9' }]
          : { rotations: [], problems: [] },
      );
    };
    expect((await collect('oncall.page-acknowledgement'))[0].summary).toMatch(
      /answered something unexpected at 0\.severity: /,
    );

    oncall.state.answer = (req, res) => {
      res.json(
        req.path === '/pages'
          ? [{ ...page(1, 10), firedAt: 'yesterday' }]
          : { rotations: [], problems: [] },
      );
    };
    expect((await collect('oncall.page-acknowledgement'))[0].summary).toMatch(
      /answered something unexpected at 0\.firedAt: /,
    );
  });

  it('judges the pages even when the rotations cannot be listed', async () => {
    oncall.state.answer = (req, res) => {
      if (req.path === '/pages') {
        res.json([page(1, 30, 3)]);
      } else {
        res.status(503).json({ error: { message: 'catalog unavailable' } });
      }
    };
    const observed = subjects(await collect('oncall.page-acknowledgement'));

    expect(observed['component:default/svc-ledger'][0]).toBe('pass');
    expect(observed['oncall:rotations']).toEqual([
      'error',
      `Could not list the rotations no page reached: GET ${oncallUrl}/rotations answered 503 Service Unavailable: catalog unavailable`,
    ]);
  });

  it('says the on-call backend is missing rather than passing anything', async () => {
    const { collector: alone, backend } = await startCollectorBackend({
      features: [],
      config: {},
    });
    const observed = await alone.collect(
      collectionContext([
        'oncall.rotation-coverage',
        'oncall.page-acknowledgement',
      ]),
    );

    expect(observed.map(o => [o.subject, o.result])).toEqual([
      ['oncall:rotations', 'error'],
      ['oncall:pages', 'error'],
    ]);
    expect(observed[0].summary).toMatch(
      /\/api\/oncall\/rotations answered 404 Not Found/,
    );
    await backend.stop();
  });

  it('refuses invalid parameters, naming the field', async () => {
    const observed = await collect(
      {
        check: 'oncall.page-acknowledgement',
        params: { targetMinutes: { P1: -5 } },
      },
      {
        check: 'oncall.page-acknowledgement',
        params: { targetMinutes: { P1: 5, critical: 10 } },
      },
      {
        check: 'oncall.page-acknowledgement',
        params: { targetMinutes: { urgent: 5 } },
      },
      {
        check: 'oncall.page-acknowledgement',
        params: { targetMinutes: { P2: 1e9 } },
      },
      {
        check: 'oncall.rotation-coverage',
        params: { rotations: ['../../etc/passwd'] },
      },
      { check: 'oncall.rotation-coverage', params: { weeksAhead: 100 } },
    );

    expect(observed.map(o => o.summary)).toEqual([
      'Invalid parameters of oncall.page-acknowledgement: targetMinutes.P1: Too small: expected number to be >0',
      'Invalid parameters of oncall.page-acknowledgement: targetMinutes.critical: names P1 again (as P1)',
      'Invalid parameters of oncall.page-acknowledgement: targetMinutes: unknown urgent',
      'Invalid parameters of oncall.page-acknowledgement: targetMinutes.P2: Too big: expected number to be <=10080',
      'Invalid parameters of oncall.rotation-coverage: rotations.0: must be a rotation name',
      'Invalid parameters of oncall.rotation-coverage: weeksAhead: Too big: expected number to be <=12',
    ]);
    expect(
      observed.every(o => o.result === 'error' && o.details === undefined),
    ).toBe(true);
    expect(oncall.state.requests).toEqual([]);
  });
});
