import {
  controlDocumentSchema,
  frameworkDocumentSchema,
} from '@localplus/plugin-compliance-common';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../docs/__testUtils__/contentModel';
import {
  complianceContent,
  complianceDir,
  loadComplianceFolder,
  parseComplianceFile,
} from './__testUtils__/complianceFolder';

const documents = loadComplianceFolder();
const { frameworks, controls } = complianceContent(documents);

describe('the compliance folder', () => {
  it('is the folder app-config.yaml and the production overrides point the backend at', () => {
    const development = parse(
      fs.readFileSync(path.join(repoRoot, 'app-config.yaml'), 'utf8'),
    );
    const production = parse(
      fs.readFileSync(
        path.join(repoRoot, 'app-config.production.yaml'),
        'utf8',
      ),
    );
    // Development runs from packages/backend, the image from the repository root.
    expect(
      development.compliance.controls.map((dir: string) =>
        path.resolve(repoRoot, 'packages/backend', dir),
      ),
    ).toEqual([complianceDir]);
    // Production names it by ${PORTAL_COMPLIANCE_DIR:-./compliance}: the
    // default, from the image root.
    const defaultOf = (value: string) =>
      /^\$\{[A-Z_]+:-(.+)\}$/.exec(value)?.[1] ?? value;
    expect(
      production.compliance.controls.map((dir: string) =>
        path.resolve(repoRoot, defaultOf(dir)),
      ),
    ).toEqual([complianceDir]);
  });

  it('holds only documents that parse with the compliance-common schemas', () => {
    expect(documents.length).toBeGreaterThan(0);
    expect(
      documents
        .filter(d => d.yamlProblems.length > 0 || d.schemaProblems.length > 0)
        .map(({ where, yamlProblems, schemaProblems }) => ({
          where,
          problems: [...yamlProblems, ...schemaProblems],
        })),
    ).toEqual([]);
  });

  it('keeps frameworks in frameworks/ and controls in controls/, one per file named after its id', () => {
    const misplaced = [
      ...frameworks
        .filter(
          ({ file, framework }) =>
            file !== `compliance/frameworks/${framework.metadata.id}.yaml`,
        )
        .map(({ file, framework }) => `${file}: ${framework.metadata.id}`),
      ...controls
        .filter(
          ({ file, control }) =>
            file !== `compliance/controls/${control.metadata.id}.yaml`,
        )
        .map(({ file, control }) => `${file}: ${control.metadata.id}`),
    ];
    expect(misplaced).toEqual([]);
    const files = documents.map(d => d.file);
    expect(files.length).toBe(new Set(files).size);
  });

  it('holds the three frameworks the platform is held to', () => {
    expect(
      frameworks.map(({ framework }) => [
        framework.metadata.id,
        framework.metadata.title,
        framework.spec.version,
      ]),
    ).toEqual([
      ['gdpr', 'GDPR', 'Regulation (EU) 2016/679'],
      ['pci-dss', 'PCI DSS', 'v4.0.1'],
      [
        'soc2',
        'SOC 2',
        '2017 Trust Services Criteria (revised points of focus, 2022)',
      ],
    ]);
  });

  it('gives every requirement of a framework a unique id', () => {
    for (const { framework } of frameworks) {
      const ids = framework.spec.requirements.map(r => r.id);
      expect({
        framework: framework.metadata.id,
        duplicates: ids.filter((id, i) => ids.indexOf(id) !== i),
      }).toEqual({
        framework: framework.metadata.id,
        duplicates: [],
      });
    }
  });

  it('lists each requirement and each check of a control once', () => {
    const repeated = controls.flatMap(({ control }) => {
      const refs = control.spec.requirements;
      const checks = control.spec.evidence.map(e => e.check);
      return [
        ...refs.filter((ref, i) => refs.indexOf(ref) !== i),
        ...checks.filter((check, i) => checks.indexOf(check) !== i),
      ].map(item => `${control.metadata.id}: ${item}`);
    });
    expect(repeated).toEqual([]);
  });

  it('is read strictly: a misspelt key in a real control is refused, not ignored', () => {
    // The guard behind every other test here: were the schema lenient, a
    // typo such as "evidense" would drop the evidence without a word.
    const { control } = controls.find(
      c => c.control.metadata.id === 'eu-data-residency',
    )!;
    const { evidence, ...rest } = control.spec;
    const misspelt = { ...control, spec: { ...rest, evidense: evidence } };
    expect(controlDocumentSchema.safeParse(misspelt).success).toBe(false);
    const framework = frameworks[0].framework;
    const extra = {
      ...framework,
      spec: { ...framework.spec, outOfScope: ['Art.99'] },
    };
    expect(frameworkDocumentSchema.safeParse(extra).success).toBe(false);
  });

  it('refuses YAML aliases, so a file cannot expand into a bomb', () => {
    const bomb = [
      'apiVersion: compliance.localplus.io/v1',
      'kind: Control',
      'x0: &a [y, y, y, y, y, y, y, y, y, y]',
      'x1: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'x2: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
    ].join('\n');
    const [parsed] = parseComplianceFile('compliance/controls/bomb.yaml', bomb);
    expect(parsed.document).toBeUndefined();
    expect(parsed.yamlProblems.join(' ')).toMatch(/alias/i);
  });

  it('reports a malformed file and a duplicated key instead of reading half of it', () => {
    const [broken] = parseComplianceFile('x.yaml', 'kind: [Control\n');
    expect(broken.document).toBeUndefined();
    expect(broken.yamlProblems).not.toEqual([]);
    const [twice] = parseComplianceFile(
      'y.yaml',
      'apiVersion: compliance.localplus.io/v1\nkind: Control\nkind: Framework\n',
    );
    expect(twice.document).toBeUndefined();
    expect(twice.yamlProblems.join(' ')).toMatch(/unique/i);
  });
});
