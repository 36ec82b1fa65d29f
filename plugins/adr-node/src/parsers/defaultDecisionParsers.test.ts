import fs from 'node:fs';
import path from 'node:path';
import { fixtureFile } from '../__testUtils__/fixtureFile';
import type { DecisionFile } from '../parser';
import { defaultDecisionParsers } from './defaultDecisionParsers';

function formatOf(file: DecisionFile): string | undefined {
  const parser = defaultDecisionParsers().find(p => p.canParse(file));
  return parser?.parse(file).format;
}

describe('defaultDecisionParsers', () => {
  it('asks MADR 3/4, then MADR 2, then Nygard', () => {
    expect(defaultDecisionParsers().map(parser => parser.id)).toEqual([
      'madr',
      'madr-2',
      'nygard',
    ]);
  });

  it.each([
    ['madr4/0009-adopt-an-event-bus.md', 'madr-4'],
    ['madr3/0002-use-markdown-any-decision-records.md', 'madr-3'],
    ['hybrid/0001-modular-monolith-first.md', 'madr-3'],
    ['madr2/0003-use-postgresql-for-orders.md', 'madr-2'],
    ['madr2/0004-bold-status-list.md', 'madr-2'],
    ['log4brains/20240301-use-kafka-for-events.md', 'madr-2'],
    ['nygard/0001-record-architecture-decisions.md', 'nygard'],
  ])('reads %s as %s', (fixture, format) => {
    expect(formatOf(fixtureFile(fixture))).toBe(format);
  });

  it('links the adr-tools records to each other both ways', () => {
    const folder = path.resolve(__dirname, '../__fixtures__/nygard');
    const edges = fs
      .readdirSync(folder)
      .sort()
      .flatMap(fileName => {
        const file = fixtureFile(`nygard/${fileName}`);
        const parser = defaultDecisionParsers().find(p => p.canParse(file))!;
        return parser
          .parse(file)
          .links.map(
            link =>
              `${fileName.slice(0, 4)} ${link.kind} ${link.target.slice(0, 4)}`,
          );
      });
    expect(edges).toEqual([
      '0001 superseded-by 0002',
      '0001 amended-by 0003',
      '0002 supersedes 0001',
      '0003 amends 0001',
      '0003 relates-to 0002',
    ]);
  });
});
