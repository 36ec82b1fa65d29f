import type { ControlEvidence } from '@localplus/plugin-compliance-common';
import type {
  CollectedObservation,
  EvidenceCollectionContext,
} from '../collectors';
import { CheckScopeError, InvalidParamsError } from './CheckScopeError';
import { runRequestedChecks } from './runRequestedChecks';

function contextFor(requested: ControlEvidence[]) {
  const logger = { warn: jest.fn() };
  const context = {
    requested,
    logger,
    signal: new AbortController().signal,
  } as unknown as EvidenceCollectionContext;
  return { context, logger };
}

const passed = (check: string, subject: string): CollectedObservation => ({
  check,
  subject,
  result: 'pass',
  summary: `${subject} is fine`,
  method: 'examine',
  examined: [],
});

describe('runRequestedChecks', () => {
  it('runs each cited check with its parameters and records them in the details', async () => {
    const calls: unknown[] = [];
    const { context } = contextFor([
      { check: 'demo.owner' },
      { check: 'demo.owner', params: { tiers: ['T0'] } },
      { check: 'other.owner' },
    ]);
    const observations = await runRequestedChecks({
      collectorId: 'demo',
      context,
      run: 'the run',
      runners: {
        owner: async (run, params) => {
          calls.push({ run, params });
          return [passed('demo.owner', 'component:default/a')];
        },
      },
    });
    expect(calls).toEqual([
      { run: 'the run', params: undefined },
      { run: 'the run', params: { tiers: ['T0'] } },
    ]);
    expect(observations.map(o => o.details)).toEqual([
      undefined,
      { params: { tiers: ['T0'] } },
    ]);
  });

  it('turns a failing check into one error observation and still runs the others', async () => {
    const { context } = contextFor([
      { check: 'demo.broken', params: { tiers: ['T0'] } },
      { check: 'demo.scoped' },
      { check: 'demo.owner' },
    ]);
    const observations = await runRequestedChecks({
      collectorId: 'demo',
      context,
      run: undefined,
      runners: {
        broken: async () => {
          throw new Error('GET http://x answered\n500');
        },
        scoped: async () => {
          throw new CheckScopeError('catalog:components', 'catalog is down');
        },
        owner: async () => [passed('demo.owner', 'component:default/a')],
      },
    });
    expect(observations).toEqual([
      {
        check: 'demo.broken',
        subject: 'check:demo.broken',
        result: 'error',
        summary: 'GET http://x answered 500',
        method: 'examine',
        examined: [],
        details: { params: { tiers: ['T0'] } },
      },
      expect.objectContaining({
        check: 'demo.scoped',
        subject: 'catalog:components',
        result: 'error',
        summary: 'catalog is down',
      }),
      expect.objectContaining({ check: 'demo.owner', result: 'pass' }),
    ]);
  });

  it('does not repeat parameters it rejects', async () => {
    const { context } = contextFor([
      {
        check: 'demo.owner',
        params: { url: 'https://user:secret@example.com' },
      },
    ]);
    const [observation] = await runRequestedChecks({
      collectorId: 'demo',
      context,
      run: undefined,
      runners: {
        owner: async () => {
          throw new InvalidParamsError('demo.owner', 'url: no credentials');
        },
      },
    });
    expect(observation).toEqual({
      check: 'demo.owner',
      subject: 'check:demo.owner',
      result: 'error',
      summary: 'url: no credentials',
      method: 'examine',
      examined: [],
    });
    expect(JSON.stringify(observation)).not.toContain('secret');
  });

  it('warns about a cited check it does not have, including inherited names', async () => {
    const { context, logger } = contextFor([
      { check: 'demo.missing' },
      { check: 'demo.constructor' },
    ]);
    const observations = await runRequestedChecks({
      collectorId: 'demo',
      context,
      run: undefined,
      runners: {},
    });
    expect(observations).toEqual([]);
    expect(logger.warn).toHaveBeenCalledWith(
      'No check demo.missing in the demo collector',
    );
    expect(logger.warn).toHaveBeenCalledWith(
      'No check demo.constructor in the demo collector',
    );
  });
});
