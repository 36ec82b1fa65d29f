import type { NewDecisionRequest } from '@localplus/plugin-adr-common';
import { parse } from 'yaml';
import { renderMadr4Record } from './renderMadr4Record';

const ENTITY = 'component:default/docs';

const request: NewDecisionRequest = {
  entityRef: ENTITY,
  title: 'Use Kafka for audit events',
  context: 'Audit events are lost when the ledger restarts.',
  options: ['Kafka', 'PostgreSQL outbox'],
  decision: 'Chosen option: "Kafka", because it keeps events for 7 days.',
  consequences: '* Good, because replay is possible.',
  status: 'accepted',
  decisionMakers: ['marc-lefevre', 'Jane Doe'],
  consulted: ['team-platform'],
  informed: ['everyone'],
  tags: ['kafka', 'audit'],
  supersedes: [`${ENTITY}/0005-central-argocd`, `${ENTITY}/0007-old-queue`],
};

/** The front matter as YAML and the markdown after it. */
function split(record: string) {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(record);
  if (!match) throw new Error(`no front matter in:\n${record}`);
  return { frontMatter: parse(match[1]), body: match[2] };
}

const headings = (body: string) =>
  body.split('\n').filter(line => /^#{1,3} /.test(line));

describe('renderMadr4Record', () => {
  it('writes the MADR 4 layout with front matter and every section given', () => {
    const record = renderMadr4Record(request, 21, '2026-05-04', [
      {
        id: `${ENTITY}/0005-central-argocd`,
        title: 'Central Argo CD',
        fileName: '0005-central-argocd.md',
      },
    ]);
    expect(record).toBe(`---
status: accepted
date: 2026-05-04
decision-makers:
  - marc-lefevre
  - Jane Doe
consulted:
  - team-platform
informed:
  - everyone
tags:
  - kafka
  - audit
supersedes:
  - 0005-central-argocd.md
  - 0007-old-queue.md
---

# Use Kafka for audit events

## Context and Problem Statement

Audit events are lost when the ledger restarts.

## Considered Options

* Kafka
* PostgreSQL outbox

## Decision Outcome

Chosen option: "Kafka", because it keeps events for 7 days.

### Consequences

* Good, because replay is possible.

## More Information

* Supersedes [Central Argo CD](0005-central-argocd.md)
* Supersedes [0007-old-queue](0007-old-queue.md)
`);
  });

  it('leaves out what was not given and defaults the status to proposed', () => {
    const record = renderMadr4Record(
      {
        entityRef: ENTITY,
        title: 'Minimal',
        context: 'Why.',
        decision: 'What.',
      },
      1,
      '2026-01-01',
    );
    const { frontMatter, body } = split(record);
    expect(frontMatter).toEqual({ status: 'proposed', date: '2026-01-01' });
    expect(headings(body)).toEqual([
      '# Minimal',
      '## Context and Problem Statement',
      '## Decision Outcome',
    ]);
  });

  it('quotes front matter values so no user text can add a key or end the block', () => {
    const hostile = [
      'x\n---\nstatus: accepted',
      "'; status: rejected",
      '- [a, b]',
      '{ status: accepted }',
      '&anchor *alias',
      '!!js/function "f"',
      '---',
      '...',
      '#not-a-comment',
      'key: value',
    ];
    const { frontMatter, body } = split(
      renderMadr4Record(
        { ...request, decisionMakers: hostile, tags: hostile, supersedes: [] },
        2,
        '2026-01-01',
      ),
    );
    const asWritten = hostile.map(h => h.replace(/\s+/g, ' '));
    expect(Object.keys(frontMatter)).toEqual([
      'status',
      'date',
      'decision-makers',
      'consulted',
      'informed',
      'tags',
    ]);
    expect(frontMatter.status).toBe('accepted');
    expect(frontMatter['decision-makers']).toEqual(asWritten);
    expect(frontMatter.tags).toEqual(asWritten);
    expect(body.startsWith('\n# Use Kafka for audit events\n')).toBe(true);
  });

  it('keeps the structure whatever the user writes in a section', () => {
    const attack = [
      '---',
      'status: accepted',
      '---',
      '# Decision Outcome',
      '## Considered Options',
      'Looks like a heading',
      '---',
      '<!-- swallow everything after',
      '<script>alert(1)',
      '```',
      '## inside an unclosed fence',
    ].join('\n');
    const record = renderMadr4Record(
      {
        ...request,
        title: '# Title\n## with heading',
        context: attack,
        options: ['## opt', '<img src=x onerror=alert(1)>'],
        decision: attack,
        consequences: attack,
        supersedes: [],
      },
      3,
      '2026-01-01',
    );
    const { frontMatter, body } = split(record);
    expect(frontMatter.status).toBe('accepted');
    const outside = body.split(/^```$[\s\S]*?^```$/m).join('\n');
    expect(headings(outside)).toEqual([
      '# \\# Title ## with heading',
      '## Context and Problem Statement',
      '## Considered Options',
      '## Decision Outcome',
      '### Consequences',
    ]);
    expect(body).toContain('* \\## opt\n* \\<img src=x onerror=alert(1)\\>');
    expect(body).not.toMatch(/^<!--/m);
    expect(body).not.toMatch(/^<script/m);
    expect(record.endsWith('```\n')).toBe(true);
  });

  it('refuses a number or date it cannot write', () => {
    expect(() => renderMadr4Record(request, 0, '2026-01-01')).toThrow(
      RangeError,
    );
    expect(() => renderMadr4Record(request, 1, '01/02/2026')).toThrow(
      RangeError,
    );
    expect(() =>
      renderMadr4Record(request, 1, '2026-01-01\nstatus: x'),
    ).toThrow(RangeError);
  });
});
