import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import {
  brokenHyphenations,
  runTogetherWords,
  WordCounts,
} from './__testUtils__/brokenWords';
import { loadCatalog, repoRoot } from './__testUtils__/contentModel';

/** Every markdown file under a folder of the repository. */
function markdownFiles(folder: string): string[] {
  return (
    fs.readdirSync(path.join(repoRoot, folder), {
      recursive: true,
      encoding: 'utf8',
    }) as string[]
  )
    .filter(file => file.endsWith('.md'))
    .map(file => path.join(folder, file));
}

const SITES = [
  'mkdocs.yml',
  'portal-docs/mkdocs.yml',
  ...fs
    .readdirSync(path.join(repoRoot, 'catalog/components/techdocs'))
    .map(service => `catalog/components/techdocs/${service}/mkdocs.yml`),
];

/** The titles a reader sees in the Docs list, the navigation and search, with where each comes from. */
function visibleTitles(): Array<{ where: string; text: string }> {
  const titles: Array<{ where: string; text: string }> = [];
  for (const site of SITES) {
    const config = parse(fs.readFileSync(path.join(repoRoot, site), 'utf8'));
    for (const key of ['site_name', 'site_description']) {
      if (config[key])
        titles.push({ where: `${site} ${key}`, text: config[key] });
    }
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [title, child] of Object.entries(node)) {
          titles.push({ where: `${site} nav`, text: title });
          walk(child);
        }
      }
    };
    walk(config.nav);
    const docsDir = path.join(path.dirname(site), config.docs_dir ?? 'docs');
    for (const page of markdownFiles(docsDir)) {
      const text = fs.readFileSync(path.join(repoRoot, page), 'utf8');
      const heading = /^# (.+)$/m.exec(text)?.[1];
      if (heading) titles.push({ where: `${page} title`, text: heading });
    }
  }
  for (const { entity, file } of loadCatalog()) {
    for (const key of ['title', 'description'] as const) {
      const text = entity.metadata[key];
      if (text) {
        titles.push({ where: `${file} ${entity.metadata.name} ${key}`, text });
      }
    }
  }
  return titles;
}

describe('broken and run-together words', () => {
  const corpus = new WordCounts(
    [
      ...markdownFiles('docs'),
      ...markdownFiles('portal-docs/docs'),
      ...markdownFiles('catalog/components/techdocs'),
    ].map(file => fs.readFileSync(path.join(repoRoot, file), 'utf8')),
  );

  it('finds the mistakes the Docs list showed', () => {
    expect(
      runTogetherWords(
        'Central documentation: architecturedecision records',
        corpus,
      ),
    ).toEqual([
      'architecturedecision (the docs write "architecture decision")',
    ]);
    expect(brokenHyphenations('GDPR / PCI- DSS / SOC2 policies')).toEqual([
      'PCI- DSS',
    ]);
  });

  it('leaves ordinary words, suspended hyphens and dashes alone', () => {
    expect(
      runTogetherWords('Runbook: PostgreSQL database failover', corpus),
    ).toEqual([]);
    expect(
      brokenHyphenations('pre- and post-deployment checks - and PCI-DSS'),
    ).toEqual([]);
  });

  it('appear in no page title, navigation entry, site description or catalog title and description', () => {
    const problems = visibleTitles().flatMap(({ where, text }) =>
      [...runTogetherWords(text, corpus), ...brokenHyphenations(text)].map(
        word => `${where}: "${word}" in "${text}"`,
      ),
    );
    expect(problems).toEqual([]);
  });
});
