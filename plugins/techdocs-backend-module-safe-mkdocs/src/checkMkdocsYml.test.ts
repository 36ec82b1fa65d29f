import { ConfigReader } from '@backstage/config';
import { checkMkdocsYml } from './checkMkdocsYml';
import { readMkdocsPolicy } from './mkdocsPolicy';
import { materialSite } from './__testUtils__/materialSite';

const defaults = readMkdocsPolicy(new ConfigReader({}));

describe('checkMkdocsYml', () => {
  describe('accepts real sites that run nothing of their own', () => {
    it('a Material site as teams write them', () => {
      expect(checkMkdocsYml(materialSite, defaults)).toEqual([]);
    });

    it('plugins as a mapping of name to settings, and explicit plain YAML tags', () => {
      const site = `
site_name: !!str Mapping form
plugins:
  search: { lang: [en, fr] }
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
        'plugins: plugin "macros" runs Python modules from the repository and renders the pages as Jinja templates; not allowed',
        'plugins: plugin "mkdocstrings" loads the project\'s Python code to document it (its handlers can import and run it); not allowed',
      ]);
    });

    it('a plugin nothing is known of, naming the allowlist', () => {
      expect(checkMkdocsYml('plugins: [search, mermaid2]\n', defaults)).toEqual(
        [
          'plugins: plugin "mermaid2" is not in localplus.techdocs.allowedPlugins',
        ],
      );
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
        'plugins[0].group.plugins: plugin "macros" runs Python modules from the repository and renders the pages as Jinja templates; not allowed',
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
        'markdown_extensions: extension "markdown_include.include" copies files named in the page, at any path, into it; not allowed',
        'markdown_extensions: extension "my_company.markdown:EvilExtension" is not in localplus.techdocs.allowedMarkdownExtensions',
      ]);
    });

    it('INHERIT', () => {
      expect(
        checkMkdocsYml('INHERIT: ../base/mkdocs.yml\nsite_name: x\n', defaults),
      ).toEqual([
        "INHERIT: pulls in another configuration file that this check does not see, and Backstage's generator drops the key (the site would lose the parent's settings); copy them into this file",
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

    it("!ENV as it is, which would copy the build machine's secrets into the site", () => {
      expect(
        checkMkdocsYml('site_name: !ENV [POSTGRES_PASSWORD, x]\n', defaults),
      ).toEqual([
        "site_name: !ENV would copy the build machine's environment variables (the backend's secrets among them) into the site; the portal builds `!ENV NAME` and `!ENV [NAME, ..., default]` with a plain default as if NAME were unset, and refuses other forms",
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
});
