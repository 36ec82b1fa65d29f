import { decisionFile, fixtureFile } from '../__testUtils__/fixtureFile';
import { createMadrParser } from './madrParser';

const parser = createMadrParser();

describe('MADR 3/4 parser', () => {
  it('reads a MADR 4 record with consulted, informed, tags, review-by and links', () => {
    const file = fixtureFile('madr4/0009-adopt-an-event-bus.md');
    expect(parser.canParse(file)).toBe(true);
    const { text, body, ...decision } = parser.parse(file);
    expect(decision).toEqual({
      format: 'madr-4',
      title: 'Adopt an event bus between services',
      number: 9,
      status: 'proposed',
      statusText: 'proposed',
      date: '2025-01-20',
      decisionMakers: ['Ana Lima', 'Chen Wei'],
      consulted: ['Security Guild', 'Data Platform'],
      informed: ['All engineers'],
      tags: ['messaging', 'kafka'],
      reviewBy: '2026-01-20',
      links: [
        {
          kind: 'supersedes',
          target: '0004-synchronous-calls-between-services.md',
        },
        { kind: 'relates-to', target: '0006-outbox-pattern.md' },
        { kind: 'relates-to', target: 'ADR-0008' },
      ],
      summary:
        'Services call each other synchronously, so one slow service slows every caller. We want services to react to events instead.',
    });
    expect(body.startsWith('# Adopt an event bus between services\n')).toBe(
      true,
    );
    expect(text).toContain(
      'An architecture test checks that no new synchronous client is added.',
    );
    expect(text).not.toContain('decision-makers');
  });

  it('reads a MADR 3 record with deciders', () => {
    const decision = parser.parse(
      fixtureFile('madr3/0002-use-markdown-any-decision-records.md'),
    );
    expect(decision).toMatchObject({
      format: 'madr-3',
      title: 'Use Markdown Any Decision Records',
      number: 2,
      status: 'accepted',
      date: '2023-06-12',
      decisionMakers: ['Ana Lima', 'Bruno Costa'],
      consulted: ['Security Guild'],
      informed: ['All engineers'],
      tags: ['documentation', 'process'],
      links: [],
    });
  });

  it('lets the front matter win over the status list of a hybrid record, without duplicate people', () => {
    const { text, body, ...decision } = parser.parse(
      fixtureFile('hybrid/0001-modular-monolith-first.md'),
    );
    expect(decision).toEqual({
      format: 'madr-3',
      title: 'Modular monolith first',
      number: 1,
      status: 'accepted',
      statusText: 'accepted',
      date: '2026-01-15',
      decisionMakers: ['Platform Team', 'Tech Lead'],
      consulted: [],
      informed: [],
      tags: [],
      reviewBy: undefined,
      links: [
        { kind: 'relates-to', target: '0016-one-table-one-owner.md' },
        {
          kind: 'relates-to',
          target: './0019-protobuf-contracts-buf.md#decision-outcome',
        },
      ],
      summary:
        'The platform starts from an existing application and a target of five domain services, operated by a small team.',
    });
  });

  it('fills what the front matter leaves out from the status list', () => {
    const decision = parser.parse(
      decisionFile(
        '0003-x.md',
        '---\ntitle: From front matter\n---\n# Heading title\n\n- Status: Rejected\n- Deciders: Ana\n- Date: 2024-01-02\n',
      ),
    );
    expect(decision).toMatchObject({
      title: 'From front matter',
      status: 'rejected',
      decisionMakers: ['Ana'],
      date: '2024-01-02',
    });
  });

  it.each([
    ['decision-makers', '---\ndecision-makers: Ana\n---\n# T', 'madr-4'],
    ['consulted without deciders', '---\nconsulted: Ana\n---\n# T', 'madr-4'],
    [
      'consulted beside deciders (MADR 3.0)',
      '---\ndeciders: Bo\nconsulted: Ana\n---\n# T',
      'madr-3',
    ],
    ['a Confirmation section', '# T\n\n## Confirmation\n\nA test.\n', 'madr-4'],
    [
      'nothing of MADR 4',
      '# T\n\n## Context and Problem Statement\n\nWhy.\n',
      'madr-3',
    ],
  ])('tells the MADR version from %s', (_name, text, format) => {
    expect(parser.parse(decisionFile('0001-x.md', text)).format).toBe(format);
  });

  it('claims records with front matter, and records no other format claims', () => {
    expect(parser.canParse(decisionFile('a.md', '---\na: 1\n---\n# T'))).toBe(
      true,
    );
    expect(parser.canParse(decisionFile('a.md', '# T\n\nJust text.'))).toBe(
      true,
    );
    expect(parser.canParse(fixtureFile('madr2/0004-bold-status-list.md'))).toBe(
      false,
    );
    expect(
      parser.canParse(fixtureFile('nygard/0002-use-madr-for-new-records.md')),
    ).toBe(false);
  });

  it('keeps HTML out of the title, status, people, summary and text, and keeps the body as written', () => {
    const file = fixtureFile('hostile/0001-script-everywhere.md');
    const decision = parser.parse(file);
    for (const value of [
      decision.title,
      decision.statusText,
      decision.summary,
      decision.text,
      ...decision.decisionMakers,
    ]) {
      expect(value).not.toMatch(/<\s*[a-z!/]/i);
    }
    expect(decision.title).toBe("Use alert('title') safely");
    expect(decision.status).toBe('accepted');
    expect(decision.body).toContain("<script>alert('block')</script>");
    expect(file.text.endsWith(decision.body)).toBe(true);
  });

  it('keeps an unknown status as written, and drops an impossible date', () => {
    const decision = parser.parse(
      fixtureFile('hostile/0006-unknown-status.md'),
    );
    expect(decision).toMatchObject({
      status: 'unknown',
      statusText: 'on hold until Q3',
    });
    expect(decision.date).toBeUndefined();
  });

  it('shortens a very long title', () => {
    const decision = parser.parse(
      decisionFile('a.md', `# ${'word '.repeat(200)}`),
    );
    expect(decision.title.length).toBeLessThanOrEqual(300);
    expect(decision.title.endsWith('…')).toBe(true);
  });

  it('titles a record by the heading it opens with, unless that names a section', () => {
    expect(
      parser.parse(
        decisionFile(
          '0006-e2e.md',
          '## Architecture decision record: E2E tests with Playwright\n\n### Context\n\nText.',
        ),
      ).title,
    ).toBe('E2E tests with Playwright');
    expect(() =>
      parser.parse(
        decisionFile('0007-x.md', '## Context and Problem Statement\n\nText.'),
      ),
    ).toThrow(/^the record has no title/);
  });

  it.each([
    [
      'hostile/0002-yaml-bomb.md',
      /^the front matter was refused: Excessive alias count/,
    ],
    [
      'hostile/0003-malformed-front-matter.md',
      /^the front matter is not valid YAML/,
    ],
    ['hostile/0004-front-matter-list.md', /not a list$/],
    ['hostile/0005-no-title.md', /^the record has no title/],
    ['hostile/0007-unclosed-front-matter.md', /never closed/],
  ])('refuses %s', (path, message) => {
    expect(() => parser.parse(fixtureFile(path))).toThrow(message);
  });
});
