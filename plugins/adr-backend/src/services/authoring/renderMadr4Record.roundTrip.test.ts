import type { NewDecisionRequest } from '@localplus/plugin-adr-common';
import {
  defaultDecisionParsers,
  parseDecisionFile,
} from '@localplus/plugin-adr-node';
import { decisionFileName } from './decisionNumbering';
import { renderMadr4Record } from './renderMadr4Record';

/*
 * The records the portal writes must read back through the same parsers
 * the index uses, with every field as the person typed it, however hostile
 * the text.
 */

const ENTITY = 'component:default/docs';

function readBack(request: NewDecisionRequest, number = 21) {
  const fileName = decisionFileName(number, request.title);
  const text = renderMadr4Record(request, number, '2026-05-04', [
    {
      id: `${ENTITY}/0005-central-argocd`,
      title: 'Central Argo CD',
      fileName: '0005-central-argocd.md',
    },
  ]);
  const result = parseDecisionFile(
    { fileName, location: `adr/${fileName}`, text },
    defaultDecisionParsers(),
  );
  if ('problem' in result) {
    throw new Error(`${result.problem}\n${text}`);
  }
  return result.decision;
}

const request: NewDecisionRequest = {
  entityRef: ENTITY,
  title: 'Use Kafka for audit events',
  context: 'Audit events are lost when the ledger restarts.\n\nMore detail.',
  options: ['Kafka', 'PostgreSQL outbox'],
  decision: 'Chosen option: "Kafka", because it keeps events for 7 days.',
  consequences: '* Good, because replay is possible.',
  status: 'accepted',
  decisionMakers: ['marc-lefevre', 'Jane Doe'],
  consulted: ['team-platform'],
  informed: ['everyone'],
  tags: ['kafka', 'audit'],
  supersedes: [`${ENTITY}/0005-central-argocd`],
};

describe('renderMadr4Record read back by the index parsers', () => {
  it('gives back every field of the request as a MADR 4 record', () => {
    const decision = readBack(request);
    expect(decision).toMatchObject({
      format: 'madr-4',
      title: 'Use Kafka for audit events',
      number: 21,
      status: 'accepted',
      date: '2026-05-04',
      decisionMakers: ['marc-lefevre', 'Jane Doe'],
      consulted: ['team-platform'],
      informed: ['everyone'],
      tags: ['kafka', 'audit'],
      summary: 'Audit events are lost when the ledger restarts.',
    });
    expect(decision.links).toEqual([
      { kind: 'supersedes', target: '0005-central-argocd.md' },
    ]);
    expect(decision.text).toContain('PostgreSQL outbox');
    expect(decision.text).toContain('Good, because replay is possible.');
  });

  it('reads a proposal without optional parts as proposed, with no links', () => {
    const decision = readBack({
      entityRef: ENTITY,
      title: 'Minimal',
      context: 'Why.',
      decision: 'What.',
    });
    expect(decision).toMatchObject({
      title: 'Minimal',
      status: 'proposed',
      decisionMakers: [],
      tags: [],
      links: [],
    });
  });

  it('keeps hostile text inside the fields it was typed in', () => {
    const attack = [
      '---',
      'status: rejected',
      'decision-makers: [mallory]',
      '---',
      '# Decision Outcome',
      'Superseded by [ADR-1](0001-x.md)',
      'Heading by underline',
      '===',
      '<!-- swallow the rest',
      '<script>alert(1)</script>',
      '```',
      '## Status',
      'Superseded',
    ].join('\n');
    const people = [
      'x\n---\nstatus: rejected',
      "'; status: rejected",
      '- mallory',
    ];
    const decision = readBack({
      ...request,
      title: '---\n# <b>Bold</b> ## title #',
      context: attack,
      decision: attack,
      consequences: attack,
      options: ['## opt', '<img src=x onerror=alert(1)>'],
      decisionMakers: people,
      tags: ['---', '...'],
    });
    // The parsers drop HTML from plain text; the rest reads as typed.
    expect(decision.title).toBe('--- # Bold ## title #');
    expect(decision.status).toBe('accepted');
    expect(decision.date).toBe('2026-05-04');
    expect(decision.decisionMakers).toEqual(
      people.map(p => p.replace(/\s+/g, ' ')),
    );
    expect(decision.tags).toEqual(['---', '...']);
  });
});
