import { aDecision, DOCS, LEDGER, link } from './__testUtils__/decisionBuilder';
import { buildDecisionGraph } from './buildDecisionGraph';

const warningsOf = (...decisions: Parameters<typeof buildDecisionGraph>[0]) =>
  buildDecisionGraph(decisions).warnings;

const old = aDecision(DOCS, '0005-central-argocd.md', {
  status: 'superseded',
  links: [link('superseded-by', '0009-argocd-per-cluster.md')],
});
const successor = aDecision(DOCS, '0009-argocd-per-cluster.md', {
  links: [link('supersedes', 'ADR-0005')],
});

describe('cites-superseded', () => {
  it('names the successor of the superseded decision a living one links to', () => {
    const citing = aDecision(LEDGER, '0002-deploy-with-argocd.md', {
      links: [link('relates-to', old.location), link('amends', old.location)],
    });
    expect(warningsOf(old, successor, citing)).toEqual([
      {
        type: 'cites-superseded',
        decision: citing.id,
        cited: old.id,
        successor: successor.id,
      },
    ]);
  });

  it('has no successor when the status alone says superseded', () => {
    const orphan = aDecision(DOCS, '0003-orphan.md', { status: 'superseded' });
    const citing = aDecision(DOCS, '0004-x.md', {
      links: [link('relates-to', 'ADR-3')],
    });
    expect(warningsOf(orphan, citing)).toContainEqual({
      type: 'cites-superseded',
      decision: citing.id,
      cited: orphan.id,
    });
  });

  it('stays quiet for the successor, for supersedes links, and for records nobody maintains', () => {
    const successorAlsoRelating = {
      ...successor,
      links: [...successor.links, link('relates-to', 'ADR-5')],
    };
    const replacing = aDecision(DOCS, '0010-replace.md', {
      links: [link('supersedes', 'ADR-5')],
    });
    const retired = ['superseded', 'rejected', 'deprecated'] as const;
    const history = retired.map((status, i) =>
      aDecision(DOCS, `002${i}-history.md`, {
        status,
        links: [link('relates-to', 'ADR-5'), link('superseded-by', 'ADR-9')],
      }),
    );
    const types = warningsOf(old, successorAlsoRelating, replacing, ...history)
      .filter(w => w.type === 'cites-superseded')
      .map(w => w.type);
    expect(types).toEqual([]);
  });

  it('does not count a successor that is only proposed', () => {
    const accepted = aDecision(DOCS, '0005-central-argocd.md');
    const proposal = aDecision(DOCS, '0009-proposal.md', {
      status: 'proposed',
      links: [link('supersedes', 'ADR-5')],
    });
    const citing = aDecision(DOCS, '0010-x.md', {
      links: [link('relates-to', 'ADR-5')],
    });
    expect(warningsOf(accepted, proposal, citing)).toEqual([]);
  });
});

describe('superseded-without-successor', () => {
  it('reports each superseded-by target that resolves to nothing', () => {
    const lost = aDecision(DOCS, '0003-lost.md', {
      status: 'superseded',
      statusText: 'Superseded by ADR-0042',
      links: [
        link('superseded-by', 'ADR-0042'),
        link('superseded-by', 'ADR-0042'),
        link('superseded-by', 'https://wiki.example/adr-42'),
      ],
    });
    expect(warningsOf(lost)).toEqual([
      {
        type: 'superseded-without-successor',
        decision: lost.id,
        target: 'ADR-0042',
      },
      {
        type: 'superseded-without-successor',
        decision: lost.id,
        target: 'https://wiki.example/adr-42',
      },
    ]);
  });

  it('is not reported when an indexed decision supersedes it anyway', () => {
    const lost = aDecision(DOCS, '0005-central-argocd.md', {
      status: 'superseded',
      links: [link('superseded-by', 'ADR-0042')],
    });
    expect(warningsOf(lost, successor)).toEqual([]);
  });
});

describe('superseded-without-link', () => {
  it('reports a superseded status with no successor link either way', () => {
    const bare = aDecision(DOCS, '0003-bare.md', { status: 'superseded' });
    expect(warningsOf(bare)).toEqual([
      { type: 'superseded-without-link', decision: bare.id },
    ]);
  });

  it('is satisfied by a link from either side', () => {
    const claimedOnly = { ...old, links: [] };
    expect(warningsOf(claimedOnly, successor)).toEqual([]);
    expect(warningsOf(old, { ...successor, links: [] })).toEqual([]);
  });
});

describe('duplicate-number', () => {
  it('groups the decisions of one entity that share a number', () => {
    const a = aDecision(DOCS, '0007-a.md');
    const b = aDecision(DOCS, '0007-b.md');
    const c = aDecision('Component:default/docs', 'ADR-007-c.md', {
      number: 7,
    });
    const elsewhere = aDecision(LEDGER, '0007-a.md');
    expect(warningsOf(c, b, elsewhere, a)).toEqual([
      {
        type: 'duplicate-number',
        entityRef: DOCS,
        number: 7,
        decisions: [a.id, b.id, c.id],
      },
    ]);
  });
});

describe('status-disagrees-with-links', () => {
  it.each(['accepted', 'proposed'] as const)(
    'reports a %s decision that an accepted one supersedes',
    status => {
      const stale = { ...old, status, links: [] };
      expect(warningsOf(stale, successor)).toEqual([
        {
          type: 'status-disagrees-with-links',
          decision: stale.id,
          supersededBy: successor.id,
        },
      ]);
    },
  );

  it.each(['superseded', 'deprecated', 'rejected', 'unknown'] as const)(
    'accepts a %s status',
    status => {
      expect(warningsOf({ ...old, status }, successor)).toEqual([]);
    },
  );
});

it('orders warnings by type, then decision', () => {
  const bare = aDecision(DOCS, '0003-bare.md', { status: 'superseded' });
  const citing = aDecision(DOCS, '0001-citing.md', {
    links: [link('relates-to', 'ADR-3')],
  });
  const twin = aDecision(DOCS, '0001-twin.md');
  expect(warningsOf(twin, bare, citing).map(w => w.type)).toEqual([
    'cites-superseded',
    'superseded-without-link',
    'duplicate-number',
  ]);
});
