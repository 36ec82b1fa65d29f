import { ConfigReader } from '@backstage/config';
import { JsonObject } from '@backstage/types';
import {
  DEFAULT_ALLOWED_MARKDOWN_EXTENSIONS,
  DEFAULT_ALLOWED_PLUGINS,
  DEFAULT_ALLOWED_PYTHON_NAMES,
  readMkdocsPolicy,
} from './mkdocsPolicy';

function policyOf(techdocs: JsonObject) {
  return readMkdocsPolicy(
    new ConfigReader({ localplus: { techdocs } }, 'app-config.yaml'),
  );
}

describe('readMkdocsPolicy', () => {
  it('uses the defaults without configuration', () => {
    const policy = readMkdocsPolicy(new ConfigReader({}));
    expect([...policy.allowedPlugins]).toEqual(DEFAULT_ALLOWED_PLUGINS);
    expect([...policy.allowedMarkdownExtensions]).toEqual(
      DEFAULT_ALLOWED_MARKDOWN_EXTENSIONS,
    );
    expect([...policy.allowedPythonNames]).toEqual(
      DEFAULT_ALLOWED_PYTHON_NAMES,
    );
    expect(policy.maxMkdocsYmlBytes).toBe(262144);
  });

  it('replaces a default list with the configured one', () => {
    const policy = policyOf({
      allowedPlugins: ['search', 'material/tags'],
      allowedMarkdownExtensions: ['admonition', 'my.ext:Extension'],
      allowedPythonNames: [],
      maxMkdocsYmlBytes: 1024,
    });
    expect([...policy.allowedPlugins]).toEqual(['search', 'material/tags']);
    expect([...policy.allowedMarkdownExtensions]).toEqual([
      'admonition',
      'my.ext:Extension',
    ]);
    expect(policy.allowedPythonNames.size).toBe(0);
    expect(policy.maxMkdocsYmlBytes).toBe(1024);
  });

  it.each([
    [
      { allowedPlugins: ['search', 'bad plugin'] },
      'localplus.techdocs.allowedPlugins[1] must match',
    ],
    [
      { allowedMarkdownExtensions: ['toc', 'a b'] },
      'localplus.techdocs.allowedMarkdownExtensions[1] must match',
    ],
    [
      { allowedPythonNames: ['twemoji'] },
      'localplus.techdocs.allowedPythonNames[0] must match',
    ],
    [
      { maxMkdocsYmlBytes: 0 },
      'localplus.techdocs.maxMkdocsYmlBytes must be a whole number of bytes from 1 to 4194304, got 0',
    ],
    [
      { maxMkdocsYmlBytes: 5_000_000 },
      'localplus.techdocs.maxMkdocsYmlBytes must be a whole number of bytes from 1 to 4194304, got 5000000',
    ],
  ])('fails startup on %j, naming the key', (techdocs, message) => {
    expect(() => policyOf(techdocs)).toThrow(message);
  });

  it('fails on a list of the wrong type through the config reader', () => {
    expect(() => policyOf({ allowedPlugins: 'search' })).toThrow(
      /localplus.techdocs.allowedPlugins/,
    );
  });
});
