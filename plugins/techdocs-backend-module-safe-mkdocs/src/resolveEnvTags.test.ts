import { ConfigReader } from '@backstage/config';
import { prepareMkdocsYml } from './checkMkdocsYml';
import { readMkdocsPolicy } from './mkdocsPolicy';
import { resolveEnvTags } from './resolveEnvTags';
import { runMkdocsPython } from './__testUtils__/mkdocsPython';

const defaults = readMkdocsPolicy(new ConfigReader({}));

/** Every form of !ENV that real files use, and the YAML around it. */
const ENV_FORMS = `site_name: Env forms
site_url: !ENV [SITE_URL_FOR_TEST, 'https://docs.example.com/x y']
site_author: &author !ENV AUTHOR_FOR_TEST
copyright: !ENV &copyright COPYRIGHT_FOR_TEST
site_description: !ENV
  - DESCRIPTION_FOR_TEST
  - FALLBACK_FOR_TEST
  - described # the default
strict: !ENV [STRICT_FOR_TEST, false]
use_directory_urls: !ENV # comments stay
  - URLS_FOR_TEST
  - true
extra:
  analytics: { provider: google, property: !ENV ANALYTICS_FOR_TEST }
  version: !ENV [VERSION_FOR_TEST, 1:20]
  dot: !ENV [DOT_FOR_TEST, .]
  only: !ENV [ONLY_FOR_TEST]
  list: [!ENV LIST_FOR_TEST, 2]
  author_again: *author
`;

const VARIABLES = ENV_FORMS.match(/[A-Z_]+_FOR_TEST/g)!;

/** How mkdocs itself (PyYAML with its loader) reads a text, with none of the variables set. */
function readByMkdocs(text: string) {
  const env = { ...process.env };
  for (const variable of VARIABLES) {
    delete env[variable];
  }
  return JSON.parse(
    runMkdocsPython(
      `
import json, sys, yaml
from mkdocs.utils import get_yaml_loader
print(json.dumps(yaml.load(sys.argv[1], Loader=get_yaml_loader())))
`.replace('sys.argv[1]', JSON.stringify(text)),
      env,
    ),
  );
}

describe('resolveEnvTags', () => {
  it('reads as mkdocs reads the original with the variables unset', () => {
    const resolved = resolveEnvTags(ENV_FORMS);
    expect(resolved).not.toContain('!ENV');
    const expected = readByMkdocs(ENV_FORMS);
    expect(expected.site_url).toBe('https://docs.example.com/x y');
    expect(expected.extra.version).toBe(80);
    expect(readByMkdocs(resolved)).toEqual(expected);
  });

  it('never reads the environment, even for a variable that is set', () => {
    const previous = process.env.AUTHOR_FOR_TEST;
    process.env.AUTHOR_FOR_TEST = 'from the backend';
    try {
      expect(resolveEnvTags('site_author: !ENV [AUTHOR_FOR_TEST, x]\n')).toBe(
        'site_author:  x\n',
      );
    } finally {
      if (previous === undefined) {
        delete process.env.AUTHOR_FOR_TEST;
      } else {
        process.env.AUTHOR_FOR_TEST = previous;
      }
    }
  });

  it('edits only the tags and their values, keeping the rest byte for byte', () => {
    const text = `# A comment\nsite_name:   'Kept'   # as written\nsite_url: !ENV [URL, "https://x"]\nnav: [a.md, b.md]\n`;
    expect(resolveEnvTags(text)).toBe(
      `# A comment\nsite_name:   'Kept'   # as written\nsite_url:  "https://x"\nnav: [a.md, b.md]\n`,
    );
  });

  it.each([
    ['a tagged default', 'a: !ENV [NAME, !!str 5]\n'],
    ['an alias as the default', 'x: &x 1\na: !ENV [NAME, *x]\n'],
    ['a collection as the default', 'a: !ENV [NAME, [1, 2]]\n'],
    ['a mapping', 'a: !ENV {NAME: x}\n'],
    ['a block scalar', 'a: !ENV |\n  NAME\n'],
    ['a tag spelled through %TAG', '%TAG !e! !E\n---\na: !e!NV NAME\n'],
    ['a verbatim tag', 'a: !<!ENV> NAME\n'],
    ['invalid YAML', 'a: !ENV [NAME\n'],
  ])('leaves %s as written', (_form, text) => {
    expect(resolveEnvTags(text)).toBe(text);
  });
});

describe('prepareMkdocsYml', () => {
  it('builds !ENV as if unset, and checks the text it returns', () => {
    const { text, problems } = prepareMkdocsYml(ENV_FORMS, defaults);
    expect(problems).toEqual([]);
    expect(text).toBe(resolveEnvTags(ENV_FORMS));
  });

  it('refuses the forms it cannot resolve, naming the key', () => {
    expect(
      prepareMkdocsYml('site_name: !ENV {NAME: x}\n', defaults).problems,
    ).toEqual([
      "site_name: !ENV would copy the build machine's environment variables (the backend's secrets among them) into the site; the portal builds `!ENV NAME` and `!ENV [NAME, ..., default]` with a plain default as if NAME were unset, and refuses other forms",
    ]);
  });

  it('keeps a Python tag of the default in the text, where the check refuses it', () => {
    expect(
      prepareMkdocsYml(
        'site_name: !ENV [NAME, !!python/object/apply:os.system [id]]\n',
        defaults,
      ).problems,
    ).toEqual([
      expect.stringMatching(/^site_name: !ENV would copy/),
      expect.stringMatching(
        /^site_name\[1\]: !!python\/object\/apply:os.system makes Python import/,
      ),
    ]);
  });

  it('checks the size before resolving anything', () => {
    const { text, problems } = prepareMkdocsYml(
      `site_name: !ENV [NAME, x]\n#${'x'.repeat(2000)}\n`,
      { ...defaults, maxMkdocsYmlBytes: 1000 },
    );
    expect(problems).toEqual([
      expect.stringMatching(/^mkdocs.yml is 2\d\d\d bytes, more than/),
    ]);
    expect(text).toContain('!ENV');
  });
});
