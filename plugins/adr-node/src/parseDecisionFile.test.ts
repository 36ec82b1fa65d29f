import fc from 'fast-check';
import { decisionFile, fixtureFile } from './__testUtils__/fixtureFile';
import { parseDecisionFile } from './parseDecisionFile';
import type { DecisionParser } from './parser';
import { defaultDecisionParsers } from './parsers/defaultDecisionParsers';

const parsers = defaultDecisionParsers();

describe('parseDecisionFile', () => {
  it('parses a record with the first parser that accepts it', () => {
    const result = parseDecisionFile(
      fixtureFile('madr4/0009-adopt-an-event-bus.md'),
      parsers,
    );
    expect(result.problem).toBeUndefined();
    expect(result.decision).toMatchObject({ format: 'madr-4', number: 9 });
  });

  it('asks parsers in order and skips those that decline', () => {
    const custom: DecisionParser = {
      id: 'acme',
      canParse: file => file.fileName.startsWith('RFC-'),
      parse: file => ({
        format: 'acme',
        title: file.fileName,
        status: 'accepted',
        decisionMakers: [],
        consulted: [],
        informed: [],
        tags: [],
        links: [],
        text: file.text,
        body: file.text,
      }),
    };
    expect(
      parseDecisionFile(decisionFile('RFC-7.md', '# Seven'), [
        custom,
        ...parsers,
      ]).decision?.format,
    ).toBe('acme');
    expect(
      parseDecisionFile(decisionFile('0007.md', '# Seven'), [
        custom,
        ...parsers,
      ]).decision?.format,
    ).toBe('madr-3');
  });

  it.each([
    [
      'hostile/0002-yaml-bomb.md',
      /^the front matter was refused: Excessive alias count/,
    ],
    [
      'hostile/0003-malformed-front-matter.md',
      /^the front matter is not valid YAML: /,
    ],
    [
      'hostile/0004-front-matter-list.md',
      'the front matter must be a mapping of keys to values, not a list',
    ],
    ['hostile/0005-no-title.md', /^the record has no title/],
    ['hostile/0007-unclosed-front-matter.md', /never closed/],
  ])('reports %s as a problem', (fixture, message) => {
    expect(parseDecisionFile(fixtureFile(fixture), parsers)).toEqual({
      problem: expect.stringMatching(message),
    });
  });

  it('refuses a 5 MB file quickly', () => {
    const started = Date.now();
    const result = parseDecisionFile(
      decisionFile('0001-big.md', `# Big\n\n${'word '.repeat(1024 * 1024)}`),
      parsers,
    );
    expect(result.problem).toMatch(/^the file is over 5\.0 MB/);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('refuses binary and badly decoded files', () => {
    const png = String.fromCharCode(
      0x89,
      0x50,
      0x4e,
      0x47,
      0x0d,
      0x0a,
      0x1a,
      0x0a,
      0,
      0,
      0,
      0x0d,
    );
    expect(
      parseDecisionFile(decisionFile('0001-image.md', png), parsers).problem,
    ).toMatch(/NUL bytes/);
    const latin1 = Buffer.from(
      '# Décision prise à Zürich, très bien\n',
      'latin1',
    ).toString('utf8');
    expect(
      parseDecisionFile(decisionFile('0002-latin1.md', latin1), parsers)
        .problem,
    ).toMatch(/not valid UTF-8/);
  });

  it.each([
    ['100k nested ">"', `# Title\n\n${'>'.repeat(100_000)} x\n`],
    ['100k "["', `# Title\n\n${'['.repeat(100_000)}\n`],
    ['nested lists', `# Title\n\n${'- '.repeat(100_000)}x\n`],
    ['dense emphasis', `# Title\n\n${'*_'.repeat(200_000)}\n`],
    [
      'a 1 MB table',
      `# Title\n\n| a | b |\n|---|---|\n${'| x | y |\n'.repeat(100_000)}`,
    ],
  ])(
    'parses a record holding %s without hanging',
    (_name, text) => {
      const started = Date.now();
      const result = parseDecisionFile(
        decisionFile('0001-hostile.md', text),
        parsers,
      );
      expect(result.decision?.title).toBe('Title');
      expect(Date.now() - started).toBeLessThan(20_000);
    },
    40_000,
  );

  it('reports a parser that throws or answers nonsense, naming it', () => {
    const throwing: DecisionParser = {
      id: 'broken',
      canParse: () => {
        throw new Error('boom');
      },
      parse: () => {
        throw new Error('unreachable');
      },
    };
    expect(
      parseDecisionFile(decisionFile('a.md', '# A'), [throwing]).problem,
    ).toBe('the "broken" parser failed: boom');
    const sloppy: DecisionParser = {
      id: 'sloppy',
      canParse: () => true,
      parse: () => ({ format: 'x', title: 'T', status: 'maybe' } as any),
    };
    expect(
      parseDecisionFile(decisionFile('a.md', '# A'), [sloppy]).problem,
    ).toBe('the "sloppy" parser returned an unknown status "maybe"');
    const notThrowingErrors: DecisionParser = {
      id: 'odd',
      canParse: () => true,
      parse: () => {
        // eslint-disable-next-line no-throw-literal
        throw 'a string';
      },
    };
    expect(
      parseDecisionFile(decisionFile('a.md', '# A'), [notThrowingErrors])
        .problem,
    ).toBe('a string');
  });

  it('says so when no parser accepts the file', () => {
    expect(parseDecisionFile(decisionFile('a.md', '# A'), [])).toEqual({
      problem: 'no decision-record parser () recognises this file',
    });
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 2000 }),
          fc.string({ unit: 'binary', maxLength: 500 }),
          fc
            .array(
              fc.constantFrom(
                '---\n',
                '# ',
                '## Status\n',
                '* Status: ',
                '- **Deciders:** ',
                '>',
                '[',
                '](',
                '0001-x.md',
                ')',
                '*',
                '_',
                '`',
                '```\n',
                '<script>',
                '&lt;',
                '\n',
                '\n\n',
                'superseded by ',
                'Supersedes ',
                'status: ',
                'date: 2024-02-30\n',
                '&a ',
                '*a\n',
                '|',
                '|---|\n',
                '\uFFFD',
                '\u0000',
                '    ',
                '\t',
                'title: ',
              ),
              { maxLength: 200 },
            )
            .map(parts => parts.join('')),
        ),
        fc.constantFrom('0001-x.md', '2024-03-01-y.md', 'README.md', ''),
        (text, fileName) => {
          const result = parseDecisionFile(
            decisionFile(fileName, text),
            parsers,
          );
          expect(Object.keys(result)).toHaveLength(1);
          expect(typeof (result.problem ?? result.decision?.title)).toBe(
            'string',
          );
          const shown = result.decision
            ? [
                result.decision.title,
                result.decision.summary ?? '',
                result.decision.text,
              ]
            : [];
          for (const value of shown) expect(value).not.toMatch(/<[a-z!/]/i);
        },
      ),
      { numRuns: 500 },
    );
  });
});
