import fs from 'node:fs';
import path from 'node:path';
import type { ParsedDecision } from '@localplus/plugin-adr-common';
import {
  defaultDecisionParsers,
  isDecisionFileName,
  parseDecisionFile,
} from '@localplus/plugin-adr-node';
import { parse } from 'yaml';

/*
 * The platform's own decision records (docs/adr), read by the ADR backend's
 * built-in parsers: every record parses, and what the portal will show
 * (number, title, status, date, decision-makers, links between records)
 * is what the file says. The expectations are read from the files here
 * with plain text tools, independently of the parsers.
 */

const repoRoot = path.resolve(__dirname, '../../../..');
const folder = path.join(repoRoot, 'docs/adr');
const PARSERS = defaultDecisionParsers();

interface ProjectRecord {
  fileName: string;
  text: string;
  frontMatter: { status?: string; date?: string; deciders?: string };
  decision?: ParsedDecision;
  problem?: string;
}

const fileNames = fs.readdirSync(folder).filter(name => name.endsWith('.md'));
const records: ProjectRecord[] = fileNames
  .filter(isDecisionFileName)
  .sort()
  .map(fileName => {
    const text = fs.readFileSync(path.join(folder, fileName), 'utf8');
    const yaml = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';
    const result = parseDecisionFile(
      { fileName, location: `docs/adr/${fileName}`, text },
      PARSERS,
    );
    return { fileName, text, frontMatter: parse(yaml) ?? {}, ...result };
  });

/** Record file names linked from a record's text, as written. */
const linkedRecords = (text: string) =>
  [...text.matchAll(/\]\((\d{4}-[a-z0-9-]+\.md)[)#]/g)].map(match => match[1]);

describe('the decision records in docs/adr', () => {
  it('are the twenty numbered files, without the index', () => {
    expect(fileNames).toContain('index.md');
    expect(records.map(record => record.fileName.slice(0, 4))).toEqual(
      Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(4, '0')),
    );
  });

  it.each(records.map(record => [record.fileName, record]))(
    '%s parses as written',
    (fileName, record) => {
      expect(record.problem).toBeUndefined();
      const decision = record.decision!;
      const h1 = /^# (.+)$/m.exec(record.text)![1];
      expect({
        number: decision.number,
        title: decision.title,
        status: decision.status,
        date: decision.date,
        decisionMakers: decision.decisionMakers,
      }).toEqual({
        number: Number(fileName.slice(0, 4)),
        // The heading's "ADR 0001: " is the number, a field of its own.
        title: h1.replace(/^ADR \d{4}: /, ''),
        status: record.frontMatter.status,
        date: record.frontMatter.date,
        decisionMakers: record.frontMatter.deciders!.split(', '),
      });
      expect(h1).toMatch(new RegExp(`^ADR ${fileName.slice(0, 4)}: `));
      expect(decision.format).toBe('madr-3');
      expect(decision.summary).toBeTruthy();
      expect(decision.text).not.toContain('deciders:');
      expect(record.text.endsWith(decision.body)).toBe(true);
    },
  );

  it.each(records.map(record => [record.fileName, record]))(
    '%s links the records it cites',
    (_fileName, record) => {
      const expected = [...new Set(linkedRecords(record.text))].sort();
      expect(record.decision!.links.map(link => link.target).sort()).toEqual(
        expected,
      );
      for (const link of record.decision!.links) {
        expect(link.kind).toBe('relates-to');
        expect(fs.existsSync(path.join(folder, link.target))).toBe(true);
      }
    },
  );

  it('finds the links the architecture leans on', () => {
    const targetsOf = (prefix: string) =>
      records
        .find(record => record.fileName.startsWith(prefix))!
        .decision!.links.map(link => link.target.slice(0, 4));
    expect(targetsOf('0001')).toEqual(['0016', '0019']);
    expect(targetsOf('0016')).toEqual(['0001']);
    expect(targetsOf('0002')).toEqual(['0012']);
    expect(targetsOf('0012')).toEqual(['0002']);
  });
});
