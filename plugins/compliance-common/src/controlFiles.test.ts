import {
  checkIdPattern,
  COMPLIANCE_API_VERSION,
  complianceDocumentSchema,
  controlDocumentSchema,
  frameworkDocumentSchema,
  MAX_PARAMS_DEPTH,
  requirementRefPattern,
} from './controlFiles';

const framework = () => ({
  apiVersion: COMPLIANCE_API_VERSION,
  kind: 'Framework' as const,
  metadata: { id: 'soc2', title: 'SOC 2' },
  spec: {
    version: '2017 Trust Services Criteria',
    requirements: [
      { id: 'CC6.1', title: 'Logical access security' },
      {
        id: 'CC8.1',
        title: 'Change management',
        description: 'Changes are authorised.',
      },
    ],
  },
});

const control = () => ({
  apiVersion: COMPLIANCE_API_VERSION,
  kind: 'Control' as const,
  metadata: { id: 'access-control', title: 'Access is granted by role' },
  spec: {
    description: 'Permissions come from roles; admins are named people.',
    owner: 'group:default/team-security',
    frequency: 'daily' as const,
    requirements: ['soc2:CC6.1', 'pci-dss:7.2.1', 'gdpr:Art.32(1)'],
    evidence: [
      { check: 'access.policy' },
      {
        check: 'access.admins',
        description: 'At most five admins.',
        params: { maxAdmins: 5 },
      },
    ],
  },
});

/** The path and message of each issue, as the backend reports them. */
function issuesOf(
  schema: { safeParse(value: unknown): any },
  value: unknown,
): string[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map(
    (issue: { path: PropertyKey[]; message: string }) =>
      `${issue.path.join('.')}: ${issue.message}`,
  );
}

function withSpec(change: Record<string, unknown>) {
  const document = control();
  return { ...document, spec: { ...document.spec, ...change } };
}

function withParams(params: unknown) {
  return withSpec({ evidence: [{ check: 'catalog.owner', params }] });
}

function nested(levels: number): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < levels; level++) value = { inner: value };
  return value;
}

describe('control file schemas', () => {
  it('accepts a framework and a control, and tells them apart by kind', () => {
    expect(complianceDocumentSchema.parse(framework())).toEqual(framework());
    expect(complianceDocumentSchema.parse(control())).toEqual(control());
    expect(
      issuesOf(complianceDocumentSchema, { ...control(), kind: 'Policy' })[0],
    ).toMatch(/^kind: /);
  });

  it('trims text and refuses blank or oversized text', () => {
    const padded = {
      ...control(),
      metadata: { id: 'access-control', title: '  Access  ' },
    };

    expect(controlDocumentSchema.parse(padded).metadata.title).toBe('Access');
    expect(
      issuesOf(controlDocumentSchema, {
        ...control(),
        metadata: { id: 'x', title: '   ' },
      }),
    ).toHaveLength(1);
    expect(
      issuesOf(
        controlDocumentSchema,
        withSpec({ description: 'x'.repeat(4001) }),
      ),
    ).toEqual([expect.stringMatching(/^spec\.description: /)]);
  });

  it.each([
    [
      'an unknown key (a typo)',
      withSpec({ evidense: [] }),
      'spec: Unrecognized key: "evidense"',
    ],
    [
      'another API version',
      { ...control(), apiVersion: 'compliance.localplus.io/v2' },
      'apiVersion: ',
    ],
    [
      'an upper-case id',
      { ...control(), metadata: { id: 'Access', title: 'A' } },
      'metadata.id: must be lower-case',
    ],
    [
      'an id of 64 characters',
      { ...control(), metadata: { id: 'a'.repeat(64), title: 'A' } },
      'metadata.id: must be lower-case',
    ],
    [
      'an id with a line break',
      { ...control(), metadata: { id: 'access\n', title: 'A' } },
      'metadata.id: ',
    ],
    [
      'a user as owner',
      withSpec({ owner: 'user:default/alice' }),
      'spec.owner: must be a group entity ref',
    ],
    [
      'an owner with a line break',
      withSpec({ owner: 'group:default/team\nx' }),
      'spec.owner: ',
    ],
    [
      'an unknown frequency',
      withSpec({ frequency: 'hourly' }),
      'spec.frequency: ',
    ],
    ['no requirement', withSpec({ requirements: [] }), 'spec.requirements: '],
    [
      'a requirement without framework',
      withSpec({ requirements: ['CC6.1'] }),
      'spec.requirements.0: must be <framework>:<requirement>',
    ],
    ['no evidence', withSpec({ evidence: [] }), 'spec.evidence: '],
    [
      '51 evidence entries',
      withSpec({ evidence: Array(51).fill({ check: 'a.b' }) }),
      'spec.evidence: ',
    ],
    [
      'a check without collector',
      withSpec({ evidence: [{ check: 'owner' }] }),
      'spec.evidence.0.check: must be <collector>.<check>',
    ],
  ])(
    'refuses a control with %s, naming the field',
    (_name, document, message) => {
      const issues = issuesOf(controlDocumentSchema, document);

      expect(issues.length).toBeGreaterThan(0);
      expect(issues[0]).toContain(message);
    },
  );

  it.each([
    'CC6.1',
    'Art.17',
    '3.5.1',
    'A.5.1',
    'Art.32(1)',
    'PI1_2',
    'x'.repeat(40),
  ])('accepts the requirement id %s', id => {
    const document = {
      ...framework(),
      spec: { requirements: [{ id, title: 'T' }] },
    };

    expect(issuesOf(frameworkDocumentSchema, document)).toEqual([]);
    expect(requirementRefPattern.test(`soc2:${id}`)).toBe(true);
  });

  it.each(['CC 6.1', '.CC6', 'x'.repeat(41), 'A/B', ''])(
    'refuses the requirement id %j',
    id => {
      const document = {
        ...framework(),
        spec: { requirements: [{ id, title: 'T' }] },
      };

      expect(issuesOf(frameworkDocumentSchema, document)[0]).toMatch(
        /^spec\.requirements\.0\.id: /,
      );
    },
  );

  it('refuses a framework without requirements', () => {
    expect(
      issuesOf(frameworkDocumentSchema, {
        ...framework(),
        spec: { requirements: [] },
      }),
    ).toEqual([expect.stringMatching(/^spec\.requirements: /)]);
  });

  it('matches references and check ids exactly', () => {
    expect(
      ['soc2:CC6.1', 'pci-dss:3.5.1'].every(ref =>
        requirementRefPattern.test(ref),
      ),
    ).toBe(true);
    expect(
      ['SOC2:CC6.1', 'soc2', 'soc2:', ':CC6.1', 'soc2:CC6.1\n'].some(ref =>
        requirementRefPattern.test(ref),
      ),
    ).toBe(false);
    expect(
      ['catalog.owner', 'github.branch-protection'].every(id =>
        checkIdPattern.test(id),
      ),
    ).toBe(true);
    expect(
      ['catalog', 'Catalog.owner', 'a.b.c', 'catalog.'].some(id =>
        checkIdPattern.test(id),
      ),
    ).toBe(false);
  });

  describe('evidence parameters', () => {
    it('accept nested JSON values', () => {
      const params = {
        namespaces: ['apps', 'jobs'],
        targetMinutes: { critical: 5 },
        strict: true,
        note: null,
      };

      expect(
        controlDocumentSchema.parse(withParams(params)).spec.evidence[0].params,
      ).toEqual(params);
    });

    it.each([
      ['Infinity', { n: Infinity }],
      ['NaN', { n: NaN }],
      [
        'a number too large for a double (1e400 in YAML)',
        { n: Number('1e400') },
      ],
      ['a string over 4000 characters', { s: 'x'.repeat(4001) }],
      ['an array over 200 items', { a: Array(201).fill(1) }],
      ['a key over 100 characters', { ['k'.repeat(101)]: 1 }],
      ['a function', { f: () => 1 }],
      ['an array instead of an object', [1, 2]],
    ])('refuse %s', (_name, params) => {
      expect(issuesOf(controlDocumentSchema, withParams(params))[0]).toMatch(
        /^spec\.evidence\.0\.params/,
      );
    });

    it(`accept ${MAX_PARAMS_DEPTH} levels of nesting and refuse more`, () => {
      expect(
        issuesOf(controlDocumentSchema, withParams(nested(MAX_PARAMS_DEPTH))),
      ).toEqual([]);
      expect(
        issuesOf(
          controlDocumentSchema,
          withParams(nested(MAX_PARAMS_DEPTH + 1)),
        ),
      ).toEqual([
        `spec.evidence.0.params: must not nest deeper than ${MAX_PARAMS_DEPTH} levels`,
      ]);
    });

    it('report a hostile nesting depth as an issue instead of overflowing the stack', () => {
      expect(() =>
        controlDocumentSchema.safeParse(withParams(nested(100_000))),
      ).not.toThrow();
      expect(
        issuesOf(
          controlDocumentSchema,
          withParams({ list: [[[[nested(200)]]]] }),
        ),
      ).toEqual([
        `spec.evidence.0.params: must not nest deeper than ${MAX_PARAMS_DEPTH} levels`,
      ]);
    });

    it('never set the prototype of what they return from a __proto__ key', () => {
      const hostile = JSON.parse(
        '{"__proto__": {"polluted": true}, "maxAdmins": 5}',
      );

      const params = controlDocumentSchema.parse(withParams(hostile)).spec
        .evidence[0].params!;

      expect(Object.getPrototypeOf(params)).toBe(Object.prototype);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(params.maxAdmins).toBe(5);
    });
  });

  it.each([null, 'text', 42, [], {}])(
    'reports %j as issues without throwing',
    value => {
      expect(() => complianceDocumentSchema.safeParse(value)).not.toThrow();
      expect(complianceDocumentSchema.safeParse(value).success).toBe(false);
    },
  );
});
