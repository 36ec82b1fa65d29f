import fs from 'node:fs';
import path from 'node:path';
import {
  ADR_LOCATION_ANNOTATION,
  buildDecisionGraph,
  decisionId,
  DecisionSummary,
  ParsedDecision,
} from '@localplus/plugin-adr-common';
import {
  defaultDecisionParsers,
  isDecisionFileName,
  parseDecisionFile,
} from '@localplus/plugin-adr-node';
import { parse } from 'yaml';
import { followLocations } from '../__testUtils__/followLocations';
import { brokenHyphenations } from '../docs/__testUtils__/brokenWords';

/*
 * The decision records of the e-commerce and Viridial systems
 * (catalog/systems/adr), read by the ADR backend's own parsers: each folder
 * in the format it is meant to show, numbered without gaps, every
 * supersession stated on both sides, and no warning in the decision graph.
 */

const repoRoot = path.resolve(__dirname, '../../../..');
const PARSERS = defaultDecisionParsers();

interface Entity {
  kind: string;
  metadata: { name: string; annotations?: Record<string, string> };
}

const catalog = followLocations<Entity>([
  path.join(repoRoot, 'catalog-info.yaml'),
]);
const refOf = (entity: Entity) =>
  `${entity.kind.toLowerCase()}:default/${entity.metadata.name}`;
const catalogNames = new Set(
  catalog
    .filter(({ entity }) => ['Group', 'User'].includes(entity.kind))
    .map(({ entity }) => entity.metadata.name),
);

/** The system folders and the format each one shows off. */
const SYSTEM_FOLDERS = [
  {
    entityRef: 'system:default/ecommerce-platform',
    folder: 'catalog/systems/adr/ecommerce',
    format: 'nygard',
  },
  {
    entityRef: 'system:default/viridial-platform',
    folder: 'catalog/systems/adr/viridial',
    format: 'madr-4',
  },
];

interface ReadRecord {
  fileName: string;
  text: string;
  decision: ParsedDecision;
  summary: DecisionSummary;
}

function readFolder(entityRef: string, folder: string): ReadRecord[] {
  const dir = path.join(repoRoot, folder);
  return fs
    .readdirSync(dir)
    .filter(isDecisionFileName)
    .sort()
    .map(fileName => {
      const text = fs.readFileSync(path.join(dir, fileName), 'utf8');
      const result = parseDecisionFile(
        { fileName, location: `${folder}/${fileName}`, text },
        PARSERS,
      );
      if ('problem' in result) {
        throw new Error(`${folder}/${fileName}: ${result.problem}`);
      }
      const { decision } = result;
      const { body: _body, ...fields } = decision;
      const summary: DecisionSummary = {
        ...fields,
        id: decisionId(entityRef, fileName),
        entityRef,
        fileName,
        location: fileName,
      };
      return { fileName, text, decision, summary };
    });
}

const frontMatterOf = (text: string): Record<string, unknown> =>
  parse(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '') ?? {};

const headingsOf = (text: string, level: string) =>
  text
    .split('\n')
    .filter(line => line.startsWith(`${level} `))
    .map(line => line.slice(level.length + 1));

describe('the annotated decision folders', () => {
  const annotated = catalog.filter(
    ({ entity }) => entity.metadata.annotations?.[ADR_LOCATION_ANNOTATION],
  );

  it('include the platform docs and both seed systems', () => {
    expect(annotated.map(({ entity }) => refOf(entity)).sort()).toEqual(
      expect.arrayContaining([
        'component:default/docs',
        ...SYSTEM_FOLDERS.map(({ entityRef }) => entityRef),
      ]),
    );
  });

  it('exist beside the entity file that names them', () => {
    const missing = annotated
      .map(({ entity, file }) => {
        const location = entity.metadata.annotations![ADR_LOCATION_ANNOTATION];
        const folder = path.resolve(path.dirname(file), location);
        const ok =
          !/^[a-z][a-z0-9+.-]*:/i.test(location) &&
          folder.startsWith(`${path.dirname(file)}${path.sep}`) &&
          fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory() &&
          fs.readdirSync(folder).some(name => name.endsWith('.md'));
        return ok ? undefined : `${refOf(entity)}: ${location}`;
      })
      .filter(Boolean);
    expect(missing).toEqual([]);
  });
});

describe.each(SYSTEM_FOLDERS)(
  'the decision records of $entityRef',
  ({ entityRef, folder, format }) => {
    const records = readFolder(entityRef, folder);

    it(`are all ${format}, numbered 1 to ${records.length} without gaps`, () => {
      expect(records.length).toBeGreaterThanOrEqual(10);
      records.forEach((record, index) => {
        expect({
          file: record.fileName,
          format: record.decision.format,
          number: record.decision.number,
        }).toEqual({ file: record.fileName, format, number: index + 1 });
        expect(record.fileName).toMatch(
          new RegExp(`^${String(index + 1).padStart(4, '0')}-[a-z0-9-]+\\.md$`),
        );
      });
    });

    it('are dated, in the order of their numbers', () => {
      const dates = records.map(record => record.decision.date);
      for (const date of dates) expect(date).toMatch(/^2026-\d\d-\d\d$/);
      expect([...dates].sort()).toEqual(dates);
    });

    it('link only to files of their folder that exist', () => {
      const broken = records.flatMap(record =>
        [...record.text.matchAll(/\]\(([^)#\s]+\.md)(#[^)]*)?\)/g)]
          .map(match => match[1])
          .filter(target => !records.some(r => r.fileName === target))
          .map(target => `${record.fileName} -> ${target}`),
      );
      expect(broken).toEqual([]);
    });

    it('state every supersession on both sides, once the successor is in effect', () => {
      const graph = buildDecisionGraph(records.map(r => r.summary));
      const byId = new Map(graph.nodes.map(node => [node.id, node]));
      const linked = (from: DecisionSummary, kind: string, to: string) =>
        from.links.some(link => link.kind === kind && link.decisionId === to);
      const supersessions = graph.edges.filter(e => e.kind === 'supersedes');
      expect(supersessions.length).toBeGreaterThan(0);

      const stated = supersessions.map(edge => {
        const successor = byId.get(edge.from)!;
        const predecessor = byId.get(edge.to)!;
        return {
          pair: `${successor.fileName} supersedes ${predecessor.fileName}`,
          successor: successor.status,
          forward: linked(successor, 'supersedes', edge.to),
          predecessor: predecessor.status,
          backward: linked(predecessor, 'superseded-by', edge.from),
        };
      });
      // An accepted successor and its predecessor link each other; a
      // proposal leaves its predecessor in force until it is accepted.
      expect(stated).toEqual(
        stated.map(({ pair, successor }) =>
          successor === 'accepted'
            ? {
                pair,
                successor,
                forward: true,
                predecessor: 'superseded',
                backward: true,
              }
            : {
                pair,
                successor: 'proposed',
                forward: true,
                predecessor: 'accepted',
                backward: false,
              },
        ),
      );
      expect(graph.warnings).toEqual([]);
    });

    it('have titles without broken words', () => {
      const problems = records.flatMap(record =>
        brokenHyphenations(record.decision.title).map(
          word => `${record.fileName}: ${word}`,
        ),
      );
      expect(problems).toEqual([]);
    });
  },
);

describe('the e-commerce records', () => {
  const folder = 'catalog/systems/adr/ecommerce';
  const records = readFolder('system:default/ecommerce-platform', folder);

  it('are laid out exactly as adr-tools writes them', () => {
    for (const record of records) {
      const lines = record.text.split('\n');
      expect({ file: record.fileName, head: lines.slice(0, 6) }).toEqual({
        file: record.fileName,
        head: [
          `# ${record.decision.number}. ${record.decision.title}`,
          '',
          expect.stringMatching(/^Date: \d{4}-\d\d-\d\d$/),
          '',
          '## Status',
          '',
        ],
      });
      expect({
        file: record.fileName,
        sections: headingsOf(record.text, '##'),
      }).toEqual({
        file: record.fileName,
        sections: ['Status', 'Context', 'Decision', 'Consequences'],
      });
      expect(record.text).not.toMatch(/^---/);
    }
  });

  it('start with adr-tools\u2019 own first record', () => {
    expect(records[0].fileName).toBe('0001-record-architecture-decisions.md');
    expect(records[0].decision.title).toBe('Record architecture decisions');
    expect(records[0].decision.status).toBe('accepted');
  });

  it('write the status as adr-tools does: a state, then links with number, title and file', () => {
    const LINK =
      /^(Supersedes|Superseded by) \[(\d+)\. (.+)\]\((\d{4}-[a-z0-9-]+\.md)\)$/;
    for (const record of records) {
      const lines = record.text
        .split('## Status\n')[1]
        .split('\n## ')[0]
        .split('\n')
        .filter(Boolean);
      const links = lines.filter(line => /^Supersede/.test(line));
      const states = lines.filter(line => !links.includes(line));
      // `adr new -s` replaces the old record's state by its "Superseded by" link.
      const superseded = links.some(link => link.startsWith('Superseded by'));
      const statesAsWritten = superseded
        ? states.length === 0
        : states.length === 1 &&
          /^(Accepted|Proposed|Deprecated)$/.test(states[0]);
      expect({ file: record.fileName, states, statesAsWritten }).toEqual({
        file: record.fileName,
        states,
        statesAsWritten: true,
      });
      const written = links.map(link => {
        const match = LINK.exec(link);
        return match && `${match[2]}. ${match[3]} (${match[4]})`;
      });
      const targets = links.map(link => {
        const target = records[Number(LINK.exec(link)?.[2]) - 1];
        return (
          target &&
          `${target.decision.number}. ${target.decision.title} (${target.fileName})`
        );
      });
      expect({ file: record.fileName, written }).toEqual({
        file: record.fileName,
        written: targets,
      });
    }
  });
});

describe('the Viridial records', () => {
  const folder = 'catalog/systems/adr/viridial';
  const records = readFolder('system:default/viridial-platform', folder);

  it('carry the MADR 4 front matter, naming people the catalog knows', () => {
    for (const record of records) {
      const meta = frontMatterOf(record.text);
      // `supersedes` is no MADR 4 key, but where the portal writes the relation too.
      const optional = ['review-by', 'supersedes'];
      expect(Object.keys(meta).filter(k => !optional.includes(k))).toEqual([
        'status',
        'date',
        'decision-makers',
        'consulted',
        'informed',
        'tags',
      ]);
      const people = [
        ...record.decision.decisionMakers,
        ...record.decision.consulted,
        ...record.decision.informed,
      ];
      expect(record.decision.decisionMakers.length).toBeGreaterThan(0);
      expect({
        file: record.fileName,
        unknown: people.filter(name => !catalogNames.has(name)),
      }).toEqual({ file: record.fileName, unknown: [] });
      expect(record.decision.tags.length).toBeGreaterThan(0);
    }
  });

  it('follow the MADR 4 sections', () => {
    for (const record of records) {
      const sections = headingsOf(record.text, '##');
      expect({ file: record.fileName, sections }).toEqual({
        file: record.fileName,
        sections: expect.arrayContaining([
          'Context and Problem Statement',
          'Considered Options',
          'Decision Outcome',
        ]),
      });
      expect(headingsOf(record.text, '###')).toContain('Consequences');
    }
  });

  it('ask the tech leads about at least one proposed decision', () => {
    const awaiting = records.filter(
      record =>
        record.decision.status === 'proposed' &&
        record.decision.consulted.includes('tech-leads'),
    );
    expect(awaiting.length).toBeGreaterThan(0);
  });

  it('say so where the content is not from the seed', () => {
    // The seed records no proposed decision and no review date: those are the demo's.
    const demo = records.filter(
      record =>
        record.decision.status === 'proposed' ||
        record.decision.reviewBy !== undefined,
    );
    expect(demo.length).toBeGreaterThan(0);
    for (const record of demo) {
      expect({ file: record.fileName, text: record.text }).toEqual({
        file: record.fileName,
        text: expect.stringContaining('DEMO CONTENT'),
      });
    }
  });
});
