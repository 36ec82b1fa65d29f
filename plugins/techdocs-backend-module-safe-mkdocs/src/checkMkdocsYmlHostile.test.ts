import { ConfigReader } from '@backstage/config';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  prepareMkdocsYmlFile,
  checkMkdocsYml,
  UnsafeMkdocsConfigError,
} from './checkMkdocsYml';
import { readMkdocsPolicy } from './mkdocsPolicy';
import { materialSite } from './__testUtils__/materialSite';

const defaults = readMkdocsPolicy(new ConfigReader({}));

describe('checkMkdocsYml', () => {
  describe('refuses hostile or malformed files whole', () => {
    it('a billion-laughs alias bomb, quickly', () => {
      const lines = [
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      ];
      for (const [prev, next] of [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'd'],
        ['d', 'e'],
        ['e', 'f'],
        ['f', 'g'],
        ['g', 'h'],
        ['h', 'i'],
      ]) {
        lines.push(
          `${next}: &${next} [${Array(9).fill(`*${prev}`).join(',')}]`,
        );
      }
      const started = Date.now();
      const problems = checkMkdocsYml(`${lines.join('\n')}\n`, defaults);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(problems).toEqual([
        expect.stringMatching(
          /^mkdocs.yml expands its aliases more than 100 times \(a YAML alias bomb\?\)/,
        ),
      ]);
    });

    it('a file over the size limit, before parsing it', () => {
      const huge = `site_name: x\nnav:\n${'  - page.md\n'.repeat(30_000)}`;
      expect(checkMkdocsYml(huge, defaults)).toEqual([
        `mkdocs.yml is ${Buffer.byteLength(
          huge,
        )} bytes, more than localplus.techdocs.maxMkdocsYmlBytes (262144)`,
      ]);
    });

    it('absurd nesting', () => {
      const deep = `nav: ${'['.repeat(100)}${']'.repeat(100)}\n`;
      expect(checkMkdocsYml(deep, defaults)).toEqual([
        expect.stringMatching(/nested deeper than 64 levels$/),
      ]);
    });

    it('duplicate keys, where PyYAML and this parser could disagree on the winner', () => {
      expect(
        checkMkdocsYml('plugins: [search]\nplugins: [macros]\n', defaults),
      ).toEqual([
        expect.stringMatching(
          /^mkdocs.yml is not valid YAML: Map keys must be unique at line 2.*\(PyYAML would silently keep the last one; write the key once\)$/,
        ),
      ]);
    });

    it('several documents in one file', () => {
      expect(
        checkMkdocsYml('site_name: a\n---\nhooks: [x.py]\n', defaults),
      ).toEqual([
        expect.stringMatching(
          /^mkdocs.yml is not valid YAML: Source contains multiple documents/,
        ),
      ]);
    });

    it('broken YAML, and a top level that is not a mapping', () => {
      expect(checkMkdocsYml('site_name: [unclosed\n', defaults)).toEqual([
        expect.stringMatching(/^mkdocs.yml is not valid YAML: /),
      ]);
      expect(checkMkdocsYml('- a\n- b\n', defaults)).toEqual([
        'mkdocs.yml: expected a mapping of settings at the top',
      ]);
    });

    it('plugins and extensions that are neither names nor one-key mappings', () => {
      const site = `
plugins: search
markdown_extensions:
  - [admonition]
  - { toc: {}, admonition: {} }
`;
      expect(checkMkdocsYml(site, defaults)).toEqual([
        'plugins: expected a list of names, got string',
        'markdown_extensions[0]: expected a name, or a mapping of one name to its settings',
        'markdown_extensions[1]: expected a name, or a mapping of one name to its settings',
      ]);
    });
  });
});

describe('prepareMkdocsYmlFile', () => {
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'safe-mkdocs-file-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('passes a safe file and throws an InputError listing every problem', async () => {
    const file = path.join(dir, 'mkdocs.yml');
    fs.writeFileSync(file, materialSite);
    await expect(prepareMkdocsYmlFile(file, defaults)).resolves.toEqual([]);

    fs.writeFileSync(file, 'hooks: [a.py]\nINHERIT: b.yml\n');
    const error = await prepareMkdocsYmlFile(file, defaults).catch(e => e);
    expect(error).toBeInstanceOf(UnsafeMkdocsConfigError);
    expect(error.name).toBe('InputError');
    expect(error.problems).toHaveLength(2);
    expect(error.message).toContain('- hooks: mkdocs runs the Python files');
    expect(error.message).toContain('- INHERIT: pulls in another');
  });

  it('writes the file back with !ENV resolved, and leaves a file without any alone', async () => {
    const file = path.join(dir, 'mkdocs.yml');
    fs.writeFileSync(file, 'site_name: x\nsite_url: !ENV [SITE_URL, /docs]\n');
    await prepareMkdocsYmlFile(file, defaults);
    expect(fs.readFileSync(file, 'utf8')).toBe(
      'site_name: x\nsite_url:  /docs\n',
    );

    fs.writeFileSync(file, materialSite);
    const before = fs.statSync(file).mtimeMs;
    await new Promise(resolve => setTimeout(resolve, 20));
    await prepareMkdocsYmlFile(file, defaults);
    expect(fs.statSync(file).mtimeMs).toBe(before);
  });

  it('refuses a symbolic link, which could stand for a file outside the site', async () => {
    const real = path.join(dir, 'elsewhere.yml');
    fs.writeFileSync(real, 'site_name: x\n');
    fs.symlinkSync(real, path.join(dir, 'mkdocs.yml'));
    await expect(
      prepareMkdocsYmlFile(path.join(dir, 'mkdocs.yml'), defaults),
    ).rejects.toThrow('mkdocs.yml is a symbolic link');
  });

  it('refuses an oversized file by its size on disk', async () => {
    const file = path.join(dir, 'mkdocs.yml');
    fs.writeFileSync(file, `site_name: x\n#${'x'.repeat(2000)}\n`);
    await expect(
      prepareMkdocsYmlFile(file, { ...defaults, maxMkdocsYmlBytes: 1000 }),
    ).rejects.toThrow(
      /mkdocs.yml is 2\d\d\d bytes, more than localplus.techdocs.maxMkdocsYmlBytes \(1000\)/,
    );
  });
});
