import { ConfigReader } from '@backstage/config';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  assertSafeMkdocsYmlFile,
  checkMkdocsYml,
  UnsafeMkdocsConfigError,
} from './checkMkdocsYml';
import { readMkdocsPolicy } from './mkdocsPolicy';

const defaults = readMkdocsPolicy(new ConfigReader({}));

/** The shape Material's own documentation recommends, emoji included. */
const materialSite = `
site_name: Payments
site_url: https://docs.example.com/payments/
repo_url: https://github.com/example/payments
edit_uri: edit/main/docs/
theme:
  name: material
  features: [navigation.tabs, navigation.sections, search.highlight]
  palette:
    - scheme: default
      toggle: { icon: material/brightness-7, name: Dark mode }
    - scheme: slate
      toggle: { icon: material/brightness-4, name: Light mode }
nav:
  - Home: index.md
  - Runbooks:
      - runbooks/index.md
plugins:
  - search:
      lang: en
  - techdocs-core
markdown_extensions:
  - admonition
  - attr_list
  - toc:
      permalink: true
  - pymdownx.highlight:
      anchor_linenums: true
  - pymdownx.superfences
  - pymdownx.emoji:
      emoji_index: !!python/name:material.extensions.emoji.twemoji
      emoji_generator: !!python/name:material.extensions.emoji.to_svg
extra:
  social:
    - icon: fontawesome/brands/github
      link: https://github.com/example
`;

describe('checkMkdocsYml', () => {
  describe('accepts real sites that run nothing of their own', () => {
    it('Material with the emoji functions it documents', () => {
      expect(checkMkdocsYml(materialSite, defaults)).toEqual([]);
    });

    it('the older materialx emoji names', () => {
      const site = `
site_name: Legacy
markdown_extensions:
  - pymdownx.emoji:
      emoji_index: !!python/name:materialx.emoji.twemoji
      emoji_generator: !!python/name:materialx.emoji.to_svg
`;
      expect(checkMkdocsYml(site, defaults)).toEqual([]);
    });

    it('plugins as a mapping of name to settings, and explicit plain YAML tags', () => {
      const site = `
site_name: !!str Mapping form
plugins:
  search: { lang: [en, fr] }
  techdocs-core: {}
markdown_extensions:
  admonition: {}
  toc: { permalink: !!bool true, toc_depth: !!int 3 }
`;
      expect(checkMkdocsYml(site, defaults)).toEqual([]);
    });

    it('anchors and merge keys a real nav uses', () => {
      const site = `
site_name: Anchors
defaults: &toc { permalink: true }
markdown_extensions:
  - toc:
      <<: *toc
      toc_depth: 3
`;
      expect(checkMkdocsYml(site, defaults)).toEqual([]);
    });

    it('a site with no plugins or extensions at all', () => {
      expect(checkMkdocsYml('site_name: Bare\n', defaults)).toEqual([]);
    });
  });

  describe('refuses what would run code, naming the key', () => {
    it('hooks', () => {
      const site = `
site_name: Hooked
hooks:
  - hooks/on_startup.py
  - hooks/shortcodes.py
`;
      expect(checkMkdocsYml(site, defaults)).toEqual([
        'hooks: mkdocs runs the Python files listed there; not allowed',
      ]);
    });

    it('unknown plugins, as strings and as mappings', () => {
      const site = `
site_name: Plugins
plugins:
  - search
  - macros
  - mkdocstrings:
      handlers: { python: { paths: [src] } }
`;
      expect(checkMkdocsYml(site, defaults)).toEqual([
        'plugins: plugin "macros" is not in localplus.techdocs.allowedPlugins',
        'plugins: plugin "mkdocstrings" is not in localplus.techdocs.allowedPlugins',
      ]);
    });

    it('plugins a plugin group would load', () => {
      const policy = {
        ...defaults,
        allowedPlugins: new Set([...defaults.allowedPlugins, 'group']),
      };
      const site = `
site_name: Group
plugins:
  - group:
      enabled: true
      plugins: [search, macros]
`;
      expect(checkMkdocsYml(site, policy)).toEqual([
        'plugins[0].group.plugins: plugin "macros" is not in localplus.techdocs.allowedPlugins',
      ]);
    });

    it('Markdown extensions outside the list, module:Class forms included', () => {
      const site = `
site_name: Extensions
markdown_extensions:
  - admonition
  - markdown_include.include:
      base_path: docs
  - my_company.markdown:EvilExtension
`;
      expect(checkMkdocsYml(site, defaults)).toEqual([
        'markdown_extensions: extension "markdown_include.include" is not in localplus.techdocs.allowedMarkdownExtensions',
        'markdown_extensions: extension "my_company.markdown:EvilExtension" is not in localplus.techdocs.allowedMarkdownExtensions',
      ]);
    });

    it('INHERIT', () => {
      expect(
        checkMkdocsYml('INHERIT: ../base/mkdocs.yml\nsite_name: x\n', defaults),
      ).toEqual([
        'INHERIT: pulls in another configuration file that this check does not see; not allowed',
      ]);
    });

    it('custom theme templates and extra templates (Jinja runs unsandboxed)', () => {
      const site = `
site_name: Templates
theme:
  name: material
  custom_dir: overrides
extra_templates: [sitemap.html]
`;
      expect(checkMkdocsYml(site, defaults)).toEqual([
        'theme.custom_dir: its templates are rendered by Jinja without a sandbox, which can run code; not allowed',
        'extra_templates: rendered by Jinja without a sandbox, which can run code; not allowed',
      ]);
    });

    it('!!python/object/apply:os.system wherever it is', () => {
      const site = `
site_name: !!python/object/apply:os.system ["touch /tmp/pwned"]
`;
      expect(checkMkdocsYml(site, defaults)).toEqual([
        'site_name: !!python/object/apply:os.system makes Python import, build or call something while mkdocs reads the file; never allowed',
      ]);
    });

    it('every Python call form, even of an allowed name', () => {
      const site = `
a: !!python/object/apply:material.extensions.emoji.twemoji []
b: !!python/object/new:subprocess.Popen [[id]]
c: !!python/object:builtins.object {}
d: !!python/module:os
`;
      expect(checkMkdocsYml(site, defaults)).toEqual([
        'a: !!python/object/apply:material.extensions.emoji.twemoji makes Python import, build or call something while mkdocs reads the file; never allowed',
        'b: !!python/object/new:subprocess.Popen makes Python import, build or call something while mkdocs reads the file; never allowed',
        'c: !!python/object:builtins.object makes Python import, build or call something while mkdocs reads the file; never allowed',
        'd: !!python/module:os makes Python import, build or call something while mkdocs reads the file; never allowed',
      ]);
    });

    it('Python names outside the list, with the path to the setting', () => {
      const site = `
markdown_extensions:
  - pymdownx.emoji:
      emoji_index: !!python/name:os.system
  - toc:
      slugify: !!python/object/apply:pymdownx.slugs.slugify { kwds: { case: lower } }
`;
      expect(checkMkdocsYml(site, defaults)).toEqual([
        'markdown_extensions[0].pymdownx.emoji.emoji_index: !!python/name:os.system names a Python object that is not in localplus.techdocs.allowedPythonNames',
        'markdown_extensions[1].toc.slugify: !!python/object/apply:pymdownx.slugs.slugify makes Python import, build or call something while mkdocs reads the file; never allowed',
      ]);
    });

    it('Python tags spelled through %TAG, verbatim tags, escapes and keys', () => {
      const site = `%TAG !py! tag:yaml.org,2002:python/
---
a: !py!object/apply:os.system [id]
b: !<tag:yaml.org,2002:python/object/apply:os.system> [id]
c: !!python/object/apply:os%2Esystem [id]
? !!python/object/apply:os.system [id]
: d
`;
      const problems = checkMkdocsYml(site, defaults);
      expect(problems).toHaveLength(4);
      for (const problem of problems) {
        expect(problem).toContain(
          '!!python/object/apply:os.system makes Python',
        );
      }
      expect(problems[3]).toMatch(/^<complex key> \(key\):/);
    });

    it("!ENV, which would copy the backend's secrets into the site", () => {
      expect(
        checkMkdocsYml('site_name: !ENV [POSTGRES_PASSWORD, x]\n', defaults),
      ).toEqual([
        "site_name: !ENV copies the backend's environment variables (its secrets among them) into the site; not allowed",
      ]);
    });

    it('any other tag mkdocs would hand to Python', () => {
      expect(checkMkdocsYml('docs_dir: !relative docs\n', defaults)).toEqual([
        'docs_dir: tag !relative is not a plain YAML type and mkdocs would hand it to Python; not allowed',
      ]);
    });

    it('hooks brought in by a merge key', () => {
      const site = `
base: &base { hooks: [evil.py] }
<<: *base
site_name: Merged
`;
      expect(checkMkdocsYml(site, defaults)).toContain(
        'hooks: mkdocs runs the Python files listed there; not allowed',
      );
    });

    it('every problem at once', () => {
      const site = `
INHERIT: base.yml
hooks: [a.py]
plugins: [macros]
site_name: !ENV HOME
`;
      expect(checkMkdocsYml(site, defaults)).toHaveLength(4);
    });
  });

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
          /^mkdocs.yml is not valid YAML: Map keys must be unique/,
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

describe('assertSafeMkdocsYmlFile', () => {
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'safe-mkdocs-file-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('passes a safe file and throws an InputError listing every problem', async () => {
    const file = path.join(dir, 'mkdocs.yml');
    fs.writeFileSync(file, materialSite);
    await expect(
      assertSafeMkdocsYmlFile(file, defaults),
    ).resolves.toBeUndefined();

    fs.writeFileSync(file, 'hooks: [a.py]\nINHERIT: b.yml\n');
    const error = await assertSafeMkdocsYmlFile(file, defaults).catch(e => e);
    expect(error).toBeInstanceOf(UnsafeMkdocsConfigError);
    expect(error.name).toBe('InputError');
    expect(error.problems).toHaveLength(2);
    expect(error.message).toContain('- hooks: mkdocs runs the Python files');
    expect(error.message).toContain('- INHERIT: pulls in another');
  });

  it('refuses a symbolic link, which could stand for a file outside the site', async () => {
    const real = path.join(dir, 'elsewhere.yml');
    fs.writeFileSync(real, 'site_name: x\n');
    fs.symlinkSync(real, path.join(dir, 'mkdocs.yml'));
    await expect(
      assertSafeMkdocsYmlFile(path.join(dir, 'mkdocs.yml'), defaults),
    ).rejects.toThrow('mkdocs.yml is a symbolic link');
  });

  it('refuses an oversized file by its size on disk', async () => {
    const file = path.join(dir, 'mkdocs.yml');
    fs.writeFileSync(file, `site_name: x\n#${'x'.repeat(2000)}\n`);
    await expect(
      assertSafeMkdocsYmlFile(file, { ...defaults, maxMkdocsYmlBytes: 1000 }),
    ).rejects.toThrow(
      /mkdocs.yml is 2\d\d\d bytes, more than localplus.techdocs.maxMkdocsYmlBytes \(1000\)/,
    );
  });
});
