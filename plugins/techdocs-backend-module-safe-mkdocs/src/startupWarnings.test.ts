import { ConfigReader } from '@backstage/config';
import { JsonObject } from '@backstage/types';
import { readMkdocsPolicy } from './mkdocsPolicy';
import { startupWarnings } from './startupWarnings';

function warningsFor(data: JsonObject) {
  const config = new ConfigReader(data);
  return startupWarnings(config, readMkdocsPolicy(config));
}

const omittingCore = {
  techdocs: { generator: { mkdocs: { omitTechdocsCorePlugin: true } } },
};

describe('startupWarnings', () => {
  it('has none for the configuration of app-config.yaml', () => {
    expect(warningsFor(omittingCore)).toEqual([]);
  });

  it('warns that the generator adds techdocs-core after the check unless told not to', () => {
    expect(warningsFor({})).toEqual([
      'Backstage\'s generator adds the plugin "techdocs-core" to every site after the mkdocs.yml check (techdocs.generator.mkdocs), and localplus.techdocs.allowedPlugins does not allow it; set techdocs.generator.mkdocs.omitTechdocsCorePlugin: true',
    ]);
  });

  it('warns of default plugins the policy would refuse, not of allowed ones', () => {
    expect(
      warningsFor({
        techdocs: {
          generator: {
            mkdocs: {
              omitTechdocsCorePlugin: true,
              defaultPlugins: ['search', 'macros'],
            },
          },
        },
      }),
    ).toEqual([
      'Backstage\'s generator adds the plugin "macros" to every site after the mkdocs.yml check (techdocs.generator.mkdocs), and localplus.techdocs.allowedPlugins does not allow it',
    ]);
  });

  it('warns of allowlisted names known to read files or run programs, not of unavailable ones', () => {
    expect(
      warningsFor({
        ...omittingCore,
        localplus: {
          techdocs: {
            allowedPlugins: ['search', 'techdocs-core', 'macros'],
            allowedMarkdownExtensions: ['toc', 'pymdownx.snippets'],
            allowedPythonNames: [
              'materialx.emoji.twemoji',
              'markdown_exec.formatter',
            ],
          },
        },
      }),
    ).toEqual([
      'localplus.techdocs allows "macros", which runs Python modules from the repository and renders the pages as Jinja templates',
      expect.stringMatching(
        /^localplus.techdocs allows "pymdownx.snippets", which copies files of the build machine/,
      ),
      'localplus.techdocs allows "markdown_exec.formatter", which runs the code blocks of the page',
    ]);
  });
});
