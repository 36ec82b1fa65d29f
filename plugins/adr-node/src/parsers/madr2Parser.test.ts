import { decisionFile, fixtureFile } from '../__testUtils__/fixtureFile';
import { createMadr2Parser } from './madr2Parser';

const parser = createMadr2Parser();

describe('MADR 2 parser', () => {
  it('reads the status list, the superseding link and the Links list', () => {
    const file = fixtureFile('madr2/0003-use-postgresql-for-orders.md');
    expect(parser.canParse(file)).toBe(true);
    const { text, body, ...decision } = parser.parse(file);
    expect(decision).toEqual({
      format: 'madr-2',
      title: 'Use PostgreSQL for the order store',
      number: 3,
      status: 'superseded',
      statusText: 'superseded by ADR-0007',
      date: '2019-05-14',
      decisionMakers: ['Ana Lima', 'Bruno Costa', 'Chen Wei'],
      consulted: [],
      informed: [],
      tags: [],
      reviewBy: undefined,
      links: [
        { kind: 'superseded-by', target: '0007-use-aurora-for-orders.md' },
        { kind: 'relates-to', target: '0005-partition-orders-by-month.md' },
        { kind: 'relates-to', target: '0002-reporting-reads-replicas.md' },
        { kind: 'amends', target: '0001-record-decisions.md' },
      ],
      summary:
        'Orders are written by three services and read by reporting. We need one store that keeps them consistent under concurrent writes.',
    });
    expect(text).toContain('Technical Story: ORD-42');
    expect(text).not.toContain('optional');
  });

  it('reads the bold list variant', () => {
    expect(
      parser.parse(fixtureFile('madr2/0004-bold-status-list.md')),
    ).toMatchObject({
      status: 'accepted',
      statusText: 'Accepted',
      date: '2020-02-29',
      decisionMakers: ['Platform Team', 'Tech Lead'],
    });
  });

  it('reads log4brains records: tags, date-prefixed names without numbers', () => {
    expect(
      parser.parse(fixtureFile('log4brains/20240301-use-kafka-for-events.md')),
    ).toMatchObject({
      format: 'madr-2',
      number: undefined,
      status: 'accepted',
      date: '2024-03-05',
      decisionMakers: ['Ana Lima', 'Chen Wei'],
      tags: ['messaging', 'kafka', 'backend'],
    });
    expect(
      parser.parse(
        fixtureFile('log4brains/2024-04-02-retire-http-callbacks.md'),
      ),
    ).toMatchObject({
      number: undefined,
      status: 'proposed',
      statusText: 'draft',
      date: '2024-04-02',
      links: [
        { kind: 'relates-to', target: '20240301-use-kafka-for-events.md' },
      ],
    });
  });

  it('takes the number from the title when the file name has none', () => {
    const file = decisionFile(
      '2024-05-01-x.md',
      '# ADR 0017: X\n\n* Status: accepted\n',
    );
    expect(parser.parse(file)).toMatchObject({
      number: 17,
      date: '2024-05-01',
    });
  });

  it('claims only records with a status list or status lines', () => {
    expect(
      parser.canParse(decisionFile('a.md', '# T\n\n* Status: accepted')),
    ).toBe(true);
    expect(
      parser.canParse(decisionFile('a.md', '# T\n\n- **Deciders:** Ana')),
    ).toBe(true);
    expect(
      parser.canParse(decisionFile('a.md', '# T\n\nStatus: accepted')),
    ).toBe(true);
    expect(
      parser.canParse(decisionFile('a.md', '# T\n\n**Status:** Accepted')),
    ).toBe(true);
    expect(
      parser.canParse(
        decisionFile(
          'a.md',
          '# T\n\n## Status\n\nAccepted\n\nThe status: fine',
        ),
      ),
    ).toBe(false);
  });

  it('reads status lines under the title as hand-written records put them', () => {
    const decision = parser.parse(
      decisionFile(
        '0001-use-postgresql.md',
        [
          '# ADR 001: Use PostgreSQL for the ledger',
          '',
          '**Status:** Accepted  ',
          '**Date:** 2021-03-04',
          '**Deciders:** Alice Martin, Bob Stone',
          '',
          '## Context',
          '',
          'Status: not this one',
        ].join('\n'),
      ),
    );
    expect(decision).toMatchObject({
      format: 'madr-2',
      number: 1,
      title: 'Use PostgreSQL for the ledger',
      status: 'accepted',
      date: '2021-03-04',
      decisionMakers: ['Alice Martin', 'Bob Stone'],
    });
  });

  it('reads a superseding status line with its link', () => {
    const decision = parser.parse(
      decisionFile(
        '0002-use-kafka.md',
        [
          '# 2. Use Kafka',
          '',
          'Status: Superseded by [3. Use NATS](0003-use-nats.md)',
          '',
          'Date: 2021-04-01',
          '',
          '## Context',
          '',
          'Events.',
        ].join('\n'),
      ),
    );
    expect(decision).toMatchObject({
      status: 'superseded',
      date: '2021-04-01',
      links: [{ kind: 'superseded-by', target: '0003-use-nats.md' }],
    });
  });
});
