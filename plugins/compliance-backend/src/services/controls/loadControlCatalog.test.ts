import { createMockDirectory } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { ControlFileError } from './ControlFileError';
import {
  loadControlCatalog,
  loadControlCatalogFromConfig,
} from './loadControlCatalog';
import {
  ACCESS_CONTROL_YAML,
  documents,
  GDPR_YAML,
  RESIDENCY_YAML,
  SOC2_YAML,
} from './__testUtils__/controlYaml';

const mockDir = createMockDirectory();

beforeEach(() => mockDir.clear());

async function loadError(paths: string[], limits = {}) {
  const error = await loadControlCatalog({
    paths,
    workingDirectory: mockDir.path,
    limits,
  }).then(
    () => undefined,
    e => e,
  );
  expect(error).toBeInstanceOf(ControlFileError);
  return error as ControlFileError;
}

describe('loadControlCatalog', () => {
  it('reads frameworks and controls from folders and files, in path order', async () => {
    mockDir.setContent({
      'compliance/frameworks.yaml': documents(SOC2_YAML, GDPR_YAML),
      'compliance/controls/b-residency.yml': RESIDENCY_YAML,
      'compliance/controls/a-access.yaml': ACCESS_CONTROL_YAML,
      'compliance/controls/README.md': '# not a control file',
      'extra/one.yaml': documents(
        ACCESS_CONTROL_YAML.replace('access-control', 'access-review'),
        '', // a trailing document separator leaves an empty document
      ),
    });

    const catalog = await loadControlCatalog({
      paths: ['./compliance', 'extra/one.yaml'],
      workingDirectory: mockDir.path,
    });

    expect(catalog.frameworks.map(f => f.id)).toEqual(['soc2', 'gdpr']);
    expect(catalog.frameworks[0]).toEqual({
      id: 'soc2',
      title: 'SOC 2',
      version: '2017 Trust Services Criteria',
      requirements: [
        { id: 'CC6.1', title: 'Logical access security' },
        { id: 'CC7.2', title: 'Monitoring of system components' },
      ],
    });
    expect(catalog.controls.map(c => c.id)).toEqual([
      'access-control',
      'gdpr-eu-residency',
      'access-review',
    ]);
    expect(catalog.controls[1]).toEqual({
      id: 'gdpr-eu-residency',
      title: 'Data stays in the EU',
      description: 'Every cluster node runs in eu-west-1.',
      owner: 'group:default/team-platform',
      frequency: 'continuous',
      requirements: ['gdpr:Art.44', 'soc2:CC6.1'],
      evidence: [
        {
          check: 'kubernetes.cluster-region',
          params: { regions: ['eu-west-1'] },
        },
      ],
    });
  });

  it('accepts checks that no installed collector provides', async () => {
    mockDir.setContent({
      'c.yaml': documents(
        SOC2_YAML,
        ACCESS_CONTROL_YAML.replace('access.policy', 'nosuch.check'),
      ),
    });
    const catalog = await loadControlCatalog({
      paths: ['c.yaml'],
      workingDirectory: mockDir.path,
    });
    expect(catalog.controls[0].evidence[0].check).toBe('nosuch.check');
  });

  it('names the file, the document and the field of every schema problem', async () => {
    mockDir.setContent({
      'c.yaml': documents(
        SOC2_YAML,
        ACCESS_CONTROL_YAML.replace('check: access.policy', 'check: Access')
          .replace('frequency: daily', 'frequency: hourly')
          .replace('evidence:', 'evidense: []\n  evidence:'),
      ),
    });
    const error = await loadError(['c.yaml']);
    expect(error.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: 'c.yaml',
          document: 1,
          path: 'spec.evidence[0].check',
        }),
        expect.objectContaining({ document: 1, path: 'spec.frequency' }),
        expect.objectContaining({
          document: 1,
          path: 'spec',
          message: expect.stringContaining('evidense'),
        }),
      ]),
    );
    expect(error.message).toContain(
      'c.yaml, document 1, spec.evidence[0].check: must be <collector>.<check>',
    );
  });

  it('refuses owners that are not groups', async () => {
    mockDir.setContent({
      'c.yaml': documents(
        SOC2_YAML,
        ACCESS_CONTROL_YAML.replace(
          'group:default/team-security',
          'user:default/marc',
        ),
      ),
    });
    const error = await loadError(['c.yaml']);
    expect(error.problems).toEqual([
      expect.objectContaining({ document: 1, path: 'spec.owner' }),
    ]);
  });

  it('refuses ids given twice, naming where each is', async () => {
    mockDir.setContent({
      'a.yaml': documents(SOC2_YAML, ACCESS_CONTROL_YAML),
      'b.yaml': documents(
        SOC2_YAML.replace('title: SOC 2', 'title: SOC 2 again'),
        ACCESS_CONTROL_YAML,
      ),
      'c.yaml': GDPR_YAML.replace('Art.44', 'Art.17'),
    });
    const error = await loadError(['.']);
    expect(error.problems).toEqual([
      {
        file: './b.yaml',
        document: 0,
        path: 'metadata.id',
        message:
          'framework "soc2" is defined twice (first in ./a.yaml, document 0)',
      },
      {
        file: './c.yaml',
        document: 0,
        path: 'spec.requirements[1].id',
        message:
          'requirement "Art.17" is listed twice (first at spec.requirements[0])',
      },
      {
        file: './b.yaml',
        document: 1,
        path: 'metadata.id',
        message:
          'control "access-control" is defined twice (first in ./a.yaml, document 1)',
      },
    ]);
  });

  it('refuses requirement references to unknown frameworks and requirements', async () => {
    mockDir.setContent({
      'c.yaml': documents(
        SOC2_YAML,
        ACCESS_CONTROL_YAML.replace(
          'requirements: [soc2:CC6.1]',
          'requirements: [soc2:CC6.1, soc2:CC9.9, pci-dss:3.5.1]',
        ),
      ),
    });
    const error = await loadError(['c.yaml']);
    expect(error.problems.map(p => [p.path, p.message])).toEqual([
      [
        'spec.requirements[1]',
        '"soc2:CC9.9": framework "soc2" (c.yaml) has no requirement "CC9.9"',
      ],
      [
        'spec.requirements[2]',
        '"pci-dss:3.5.1" names framework "pci-dss", which no control file defines (frameworks: soc2)',
      ],
    ]);
  });

  it('refuses invalid YAML and duplicate keys with the document index', async () => {
    mockDir.setContent({
      'c.yaml': documents(
        SOC2_YAML,
        'kind: Control\nkind: Framework\n',
        'metadata: { id: [unclosed\n',
      ),
    });
    const error = await loadError(['c.yaml']);
    const documentsWithProblems = new Set(error.problems.map(p => p.document));
    expect(documentsWithProblems).toEqual(new Set([1, 2]));
    expect(error.problems[0].message).toMatch(/^is not valid YAML: .*unique/i);
  });

  it('stops YAML alias bombs quickly', async () => {
    const levels = [
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    ];
    for (let level = 1; level < 10; level++) {
      const previous = String.fromCharCode(96 + level);
      const current = String.fromCharCode(97 + level);
      levels.push(
        `${current}: &${current} [*${previous},*${previous},*${previous},*${previous},*${previous},*${previous},*${previous},*${previous},*${previous}]`,
      );
    }
    mockDir.setContent({ 'bomb.yaml': `${levels.join('\n')}\n` });
    const started = Date.now();
    const error = await loadError(['bomb.yaml']);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(error.problems[0]).toEqual(
      expect.objectContaining({
        file: 'bomb.yaml',
        document: 0,
        message: expect.stringMatching(/alias/i),
      }),
    );
  });

  it('refuses files over the size limit without parsing them', async () => {
    mockDir.setContent({
      'big.yaml': `# ${'x'.repeat(1024 * 1024)}\n`,
      'ok.yaml': SOC2_YAML,
    });
    const error = await loadError(['.']);
    expect(error.problems).toEqual([
      {
        file: './big.yaml',
        message: expect.stringMatching(
          /^is 104857\d bytes; a control file may be at most 1048576$/,
        ),
      },
    ]);
  });

  it('refuses more files than the limit', async () => {
    mockDir.setContent({
      'c/1.yaml': SOC2_YAML,
      'c/2.yaml': GDPR_YAML,
      'c/3.yaml': RESIDENCY_YAML,
    });
    const error = await loadError(['c'], { maxFiles: 2 });
    expect(error.message).toContain('hold more than 2 YAML files');
  });

  it('says which configured path does not exist', async () => {
    const error = await loadError(['../../nowhere']);
    expect(error.problems).toEqual([
      {
        file: '../../nowhere',
        message: expect.stringMatching(/^does not exist \(resolved to \//),
      },
    ]);
  });

  it('follows links inside the folder (a mounted ConfigMap) but not out of it', async () => {
    mockDir.setContent({
      'outside/secret.yaml': SOC2_YAML,
      'mounted/..2026_12_05/frameworks.yaml': documents(SOC2_YAML, GDPR_YAML),
      'mounted/..data': ({ symlink }) => symlink('..2026_12_05'),
      'mounted/frameworks.yaml': ({ symlink }) =>
        symlink('..data/frameworks.yaml'),
    });
    const catalog = await loadControlCatalog({
      paths: ['mounted'],
      workingDirectory: mockDir.path,
    });
    expect(catalog.frameworks.map(f => f.id)).toEqual(['soc2', 'gdpr']);

    mockDir.addContent({
      'mounted/stolen.yaml': ({ symlink }) =>
        symlink(mockDir.resolve('outside/secret.yaml')),
    });
    const error = await loadError(['mounted']);
    expect(error.problems).toEqual([
      {
        file: 'mounted/stolen.yaml',
        message: 'is a link to outside the configured folder; it is not read',
      },
    ]);
  });
});

describe('loadControlCatalogFromConfig', () => {
  it('reads the paths of compliance.controls', async () => {
    mockDir.setContent({
      'c/all.yaml': documents(SOC2_YAML, ACCESS_CONTROL_YAML),
    });
    const catalog = await loadControlCatalogFromConfig(
      new ConfigReader({ compliance: { controls: ['c'] } }),
      { workingDirectory: mockDir.path },
    );
    expect(catalog.controls.map(c => c.id)).toEqual(['access-control']);
  });

  it('is empty when no control files are configured', async () => {
    await expect(
      loadControlCatalogFromConfig(new ConfigReader({})),
    ).resolves.toEqual({ frameworks: [], controls: [] });
  });
});
