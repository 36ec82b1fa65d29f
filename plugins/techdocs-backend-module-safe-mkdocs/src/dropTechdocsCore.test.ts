import { ConfigReader } from '@backstage/config';
import { checkMkdocsYml, prepareMkdocsYml } from './checkMkdocsYml';
import { dropTechdocsCore } from './dropTechdocsCore';
import { readMkdocsPolicy } from './mkdocsPolicy';
import { runMkdocsPython } from './__testUtils__/mkdocsPython';

const defaults = readMkdocsPolicy(new ConfigReader({}));

/** How mkdocs itself (PyYAML with its loader) reads a text. */
function readByMkdocs(text: string) {
  return JSON.parse(
    runMkdocsPython(
      `
import json, yaml
from mkdocs.utils import get_yaml_loader
print(json.dumps(yaml.load(${JSON.stringify(
        text,
      )}, Loader=get_yaml_loader()), default=str))
`,
    ),
  );
}

/** Scalars the yaml library and PyYAML could read differently, kept as written. */
const AROUND = `site_name: 'Payments'
site_url: .
copyright: 1:20 # sexagesimal in YAML 1.1
extra: { flag: yes, version: 010 }
`;

describe('dropTechdocsCore', () => {
  it.each([
    [
      'a block list item',
      `${AROUND}plugins:
  - search
  - techdocs-core # Backstage's plugin
  - search-again
theme: material
`,
      `${AROUND}plugins:
  - search
  - search-again
theme: material
`,
    ],
    [
      'a mapping item with its settings',
      `${AROUND}plugins:
  - techdocs-core:
      use_material_search: true
      use_pymdownx_blocks: [1, 2]
  - search
theme: material
`,
      `${AROUND}plugins:
  - search
theme: material
`,
    ],
    [
      'a flow list item',
      `${AROUND}plugins: [search, techdocs-core]  # two
theme: material
`,
      `${AROUND}plugins: [search]  # two
theme: material
`,
    ],
    [
      'the first of a flow list',
      `${AROUND}plugins: [ techdocs-core ,  search ]
theme: material
`,
      `${AROUND}plugins: [ search ]
theme: material
`,
    ],
    [
      'the only item of a flow list',
      `${AROUND}plugins: [techdocs-core]
theme: material
`,
      `${AROUND}plugins: []
theme: material
`,
    ],
    [
      'the only item of a block list',
      `${AROUND}plugins: # Backstage
  - techdocs-core
theme: material
`,
      `${AROUND}plugins: [] # Backstage
theme: material
`,
    ],
    [
      'duplicated entries',
      `${AROUND}plugins: [techdocs-core, search, techdocs-core, "techdocs-core"]
theme: material
`,
      `${AROUND}plugins: [search]
theme: material
`,
    ],
    [
      'duplicated block entries, one with settings',
      `${AROUND}plugins:
  - techdocs-core
  - techdocs-core: {use_material_search: true}
theme: material
`,
      `${AROUND}plugins: []
theme: material
`,
    ],
  ])('drops %s, editing nothing else', (_shape, text, expected) => {
    const result = dropTechdocsCore(text);
    expect(result).toEqual({
      text: expected,
      dropped: true,
      themeAdded: false,
    });
  });

  it('reads, for mkdocs, as the file less techdocs-core', () => {
    const text = `${AROUND}plugins:
  - techdocs-core:
      use_material_search: true
  - search
theme: material
`;
    const original = readByMkdocs(text);
    expect(readByMkdocs(dropTechdocsCore(text).text)).toEqual({
      ...original,
      plugins: ['search'],
    });
  });

  it('appends the Material theme, as techdocs-core would, when the file sets none', () => {
    expect(
      dropTechdocsCore(`site_name: x\nplugins:\n  - techdocs-core\nnav: []`),
    ).toEqual({
      text: 'site_name: x\nplugins: []\nnav: []\ntheme: {name: material}\n',
      dropped: true,
      themeAdded: true,
    });
    expect(
      dropTechdocsCore('site_name: x\nplugins: [techdocs-core]\ntheme: null\n')
        .themeAdded,
    ).toBe(false);
  });

  it.each([
    [
      'an anchored list repeated elsewhere',
      'plugins: &p [search, techdocs-core]\nextra: {p: *p}\ntheme: material\n',
    ],
    [
      'an alias to the list',
      'extra: {p: &p [techdocs-core]}\nplugins: *p\ntheme: material\n',
    ],
    [
      'an anchored entry',
      'plugins: [&core techdocs-core, search]\nextra: {c: *core}\ntheme: material\n',
    ],
    [
      'an entry whose settings hold an anchor',
      'plugins:\n  - techdocs-core: &o {a: 1}\nextra: {o: *o}\ntheme: material\n',
    ],
    ['a tagged entry', 'plugins: [!!str techdocs-core]\ntheme: material\n'],
    [
      'a mapping of plugins',
      'plugins:\n  techdocs-core: {}\n  search: {}\ntheme: material\n',
    ],
    [
      'a key of the settings of another plugin',
      'plugins:\n  - search: {techdocs-core: 1}\ntheme: material\n',
    ],
    ['a flow mapping at the top', '{plugins: [techdocs-core]}\n'],
    [
      'a comment between entries of a flow list',
      'plugins: [techdocs-core, # Backstage\n  search]\ntheme: material\n',
    ],
    ['invalid YAML', 'plugins: [techdocs-core\n'],
    ['duplicate keys', 'plugins: [techdocs-core]\nplugins: [search]\n'],
    ['no plugins', 'site_name: x\n'],
    ['an alias bomb', `a: &a [x, x]\n${bomb()}plugins: [techdocs-core]\n`],
  ])('leaves %s unchanged, without throwing', (_shape, text) => {
    expect(dropTechdocsCore(text)).toEqual({
      text,
      dropped: false,
      themeAdded: false,
    });
  });

  it('survives huge settings under techdocs-core, dropping them whole', () => {
    const huge = Array.from({ length: 5000 }, (_, i) => `      k${i}: v`);
    const text = `plugins:\n  - techdocs-core:\n${huge.join(
      '\n',
    )}\n  - search\nnav: []\n`;
    expect(dropTechdocsCore(text).text).toBe(
      'plugins:\n  - search\nnav: []\ntheme: {name: material}\n',
    );
  });
});

function bomb() {
  return ['b', 'c', 'd', 'e', 'f', 'g', 'h']
    .map((name, i) => {
      const prev = i === 0 ? 'a' : ['b', 'c', 'd', 'e', 'f', 'g'][i - 1];
      return `${name}: &${name} [*${prev}, *${prev}, *${prev}, *${prev}]\n`;
    })
    .join('');
}

describe('techdocs-core in the check', () => {
  it('is left out of the build, with a note rather than a refusal', () => {
    const text = 'site_name: x\nplugins: [techdocs-core]\n';
    expect(checkMkdocsYml(text, defaults)).toEqual([]);
    expect(prepareMkdocsYml(text, defaults)).toEqual({
      text: 'site_name: x\nplugins: []\ntheme: {name: material}\n',
      problems: [],
      notes: [
        'plugins: "techdocs-core" is not installed on this portal and is left out of the build; the site is built with the Material theme (theme: material added) and the Markdown extensions its markdown_extensions lists, not techdocs-core\'s own set',
      ],
    });
  });

  it('still refuses the dangerous extensions the site lists beside it', () => {
    const text =
      'plugins: [techdocs-core]\nmarkdown_extensions: [admonition, pymdownx.snippets]\n';
    const problems = checkMkdocsYml(text, defaults);
    expect(problems).toEqual([
      expect.stringMatching(
        /^markdown_extensions: extension "pymdownx.snippets" copies files of the build machine/,
      ),
    ]);
    expect(prepareMkdocsYml(text, defaults)).toMatchObject({
      problems,
      notes: [],
    });
  });

  it('refuses a techdocs-core entry it cannot leave out, saying how to write it', () => {
    expect(
      checkMkdocsYml('plugins: &p [techdocs-core]\nextra: {p: *p}\n', defaults),
    ).toEqual([
      expect.stringMatching(
        /^plugins: plugin "techdocs-core" is not installed on this portal .* the portal leaves it out of the build when it is an item of the plugins list/,
      ),
    ]);
  });

  it('keeps techdocs-core where configuration allows it', () => {
    const policy = readMkdocsPolicy(
      new ConfigReader({
        localplus: {
          techdocs: { allowedPlugins: ['search', 'techdocs-core'] },
        },
      }),
    );
    const text = 'plugins: [techdocs-core]\n';
    expect(prepareMkdocsYml(text, policy)).toEqual({
      text,
      problems: [],
      notes: [],
    });
  });
});
