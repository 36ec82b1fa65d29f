import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';

const run = promisify(execFile);
const root = path.resolve(__dirname, '../../..');

jest.setTimeout(120_000);

interface SearchIndex {
  docs: Array<{ location: string; title: string; text: string }>;
}

interface BuiltSite {
  siteDir: string;
  searchIndex: SearchIndex;
}

const builtSites = new Map<string, Promise<BuiltSite>>();

/** Builds each site once for the whole file; --strict turns every broken link and missing nav page into a failure. */
function buildSite(config: string): Promise<BuiltSite> {
  if (!builtSites.has(config)) {
    builtSites.set(
      config,
      (async () => {
        const siteDir = await fs.mkdtemp(path.join(os.tmpdir(), 'techdocs-'));
        await run('mkdocs', [
          'build',
          '--strict',
          '--quiet',
          '-f',
          path.join(root, config),
          '-d',
          siteDir,
        ]);
        const searchIndex = JSON.parse(
          await fs.readFile(
            path.join(siteDir, 'search/search_index.json'),
            'utf8',
          ),
        );
        return { siteDir, searchIndex };
      })(),
    );
  }
  return builtSites.get(config)!;
}

afterAll(async () => {
  for (const site of builtSites.values()) {
    await fs.rm((await site).siteDir, { recursive: true, force: true });
  }
});

/**
 * The TechDocs sites bundled with the portal, built with the real mkdocs the
 * TechDocs backend runs (Debian's mkdocs + mkdocs-material, no techdocs-core).
 */
describe.each([
  { site: 'the platform documentation', config: 'mkdocs.yml' },
  { site: 'the portal documentation', config: 'portal-docs/mkdocs.yml' },
  ...[
    'svc-ledger',
    'svc-wallet',
    'svc-merchant',
    'svc-giftcard',
    'svc-notification',
  ].map(service => ({
    site: `the ${service} documentation`,
    config: `catalog/components/techdocs/${service}/mkdocs.yml`,
  })),
])('$site', ({ config }) => {
  let siteDir: string;
  let searchIndex: SearchIndex;

  beforeAll(async () => {
    ({ siteDir, searchIndex } = await buildSite(config));
  });

  it('builds a page for every entry of its navigation', async () => {
    const mkdocs = parse(await fs.readFile(path.join(root, config), 'utf8'));
    const pages: string[] = [];
    const collect = (node: unknown): void => {
      if (typeof node === 'string') pages.push(node);
      else if (Array.isArray(node)) node.forEach(collect);
      else if (node && typeof node === 'object')
        Object.values(node).forEach(collect);
    };
    collect(mkdocs.nav);
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages.filter(p => p.endsWith('.md'))) {
      const html = page.endsWith('index.md')
        ? page.replace(/index\.md$/, 'index.html')
        : page.replace(/\.md$/, '/index.html');
      await expect(fs.stat(path.join(siteDir, html))).resolves.toBeTruthy();
    }
  });

  it('indexes every page for search', () => {
    expect(searchIndex.docs.length).toBeGreaterThan(1);
  });
});

describe('the platform runbooks and decisions', () => {
  let searchIndex: SearchIndex;

  beforeAll(async () => {
    ({ searchIndex } = await buildSite('mkdocs.yml'));
  });

  it.each([
    ['Runbook: Incident response', 'runbooks/incident-response/'],
    ['Runbook: PostgreSQL database failover', 'runbooks/database-failover/'],
    ['Runbook: Kafka recovery', 'runbooks/kafka-recovery/'],
    ['Runbook: Secret rotation', 'runbooks/secret-rotation/'],
  ])('finds "%s" by its title', (title, location) => {
    const hit = searchIndex.docs.find(doc => doc.title === title);
    expect(hit?.location).toBe(location);
  });

  it('follows the seeds\u2019 runbook structure in every runbook', async () => {
    const sections = [
      'Overview',
      'Impact',
      'Prerequisites',
      'Diagnosis Steps',
      'Resolution Steps',
      'Escalation',
      'Related',
    ];
    for (const runbook of [
      'incident-response',
      'database-failover',
      'kafka-recovery',
      'secret-rotation',
    ]) {
      const text = await fs.readFile(
        path.join(root, 'docs/runbooks', `${runbook}.md`),
        'utf8',
      );
      const headings = [...text.matchAll(/^## (.+)$/gm)].map(match =>
        match[1].trim(),
      );
      expect({
        runbook,
        headings: sections.filter(
          section => !headings.some(h => h.startsWith(section)),
        ),
      }).toEqual({
        runbook,
        headings: [],
      });
    }
  });

  it('gives every ADR a status, a date and the MADR sections', async () => {
    const files = (await fs.readdir(path.join(root, 'docs/adr'))).filter(file =>
      /^\d{4}-.+\.md$/.test(file),
    );
    expect(files.length).toBeGreaterThanOrEqual(12);
    for (const file of files) {
      const text = await fs.readFile(path.join(root, 'docs/adr', file), 'utf8');
      const frontMatter = parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '');
      expect({ file, status: frontMatter?.status }).toEqual({
        file,
        status: expect.stringMatching(
          /^(proposed|accepted|deprecated|superseded)/,
        ),
      });
      expect({ file, date: String(frontMatter?.date) }).toEqual({
        file,
        date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}/),
      });
      for (const section of [
        'Context',
        'Considered options',
        'Decision outcome',
        'Consequences',
      ]) {
        expect({
          file,
          section,
          present: new RegExp(`^#{2,3} ${section}`, 'mi').test(text),
        }).toEqual({
          file,
          section,
          present: true,
        });
      }
    }
  });
});
