import {
  ASSESSMENT_COMMON,
  IMPLEMENTATION_COMMON,
  METADATA,
} from './oscalMetaschemaSources';
import type { OscalAssembly } from './oscalDocumentNodes';

// The property and link constraints of NIST's OSCAL 1.0.6 metaschema
// (usnistgov/OSCAL, src/metaschema at tag v1.0.6) that can apply to an
// assessment-results document, as data.

/**
 * The property names NIST defines on an assembly. `anyNamespace`: the
 * 1.0.6 constraint targets `prop/@name` with no namespace test, so with
 * allow-other no it refuses every other name, ours included (OSCAL 1.1
 * narrowed these to NIST's namespace; a 1.0.6 document is judged by 1.0.6).
 */
export interface PropNames {
  assembly: OscalAssembly;
  names: readonly string[];
  nistAllowsOther: boolean;
  anyNamespace: boolean;
  source: string;
}

const INVENTORY_PROPS = [
  'asset-type',
  'asset-id',
  'asset-tag',
  'public',
  'virtual',
  'vlan-id',
  'network-id',
  'label',
  'sort-id',
  'baseline-configuration-name',
  'allows-authenticated-scan',
  'function',
];
const COMPONENT_PROPS = [
  'version',
  'patch-level',
  'model',
  'release-date',
  'validation-type',
  'validation-reference',
];

export const PROP_NAMES: readonly PropNames[] = [
  {
    assembly: 'metadata',
    names: ['keywords'],
    nistAllowsOther: false,
    anyNamespace: false,
    source: `${METADATA} metadata`,
  },
  {
    assembly: 'party',
    names: ['mail-stop', 'office', 'job-title'],
    nistAllowsOther: false,
    anyNamespace: true,
    source: `${METADATA} party`,
  },
  {
    assembly: 'resource',
    names: ['type', 'version', 'published'],
    nistAllowsOther: false,
    anyNamespace: true,
    source: `${METADATA} back-matter/resource`,
  },
  {
    assembly: 'risk',
    names: ['false-positive', 'accepted', 'risk-adjusted', 'priority'],
    nistAllowsOther: false,
    anyNamespace: true,
    source: `${ASSESSMENT_COMMON} risk`,
  },
  {
    assembly: 'facet',
    names: ['state'],
    nistAllowsOther: false,
    anyNamespace: true,
    source: `${ASSESSMENT_COMMON} characterization/facet`,
  },
  ...(
    [
      ['location', ['type'], METADATA],
      ['risk-log-entry', ['type'], ASSESSMENT_COMMON],
      ['response', ['type'], ASSESSMENT_COMMON],
      ['activity', ['method'], ASSESSMENT_COMMON],
      // A control's part (control-common) or an assessment part: the union of both.
      [
        'part',
        ['label', 'sort-id', 'alt-identifier', 'method'],
        ASSESSMENT_COMMON,
      ],
      ['system-user', ['type', 'privilege-level'], IMPLEMENTATION_COMMON],
      [
        'system-component',
        [
          'implementation-point',
          'leveraged-authorization-uuid',
          'inherited-uuid',
          ...INVENTORY_PROPS,
          ...COMPONENT_PROPS,
          'vendor-name',
          'software-identifier',
          'isa-title',
          'isa-date',
          'isa-remote-system-name',
          'ipv4-address',
          'ipv6-address',
          'direction',
        ],
        IMPLEMENTATION_COMMON,
      ],
      [
        'inventory-item',
        [
          'ipv4-address',
          'ipv6-address',
          'fqdn',
          'uri',
          'serial-number',
          'netbios-name',
          'mac-address',
          'physical-location',
          'is-scanned',
          'hardware-model',
          'os-name',
          'os-version',
          'software-name',
          'software-version',
          'software-patch-level',
          ...INVENTORY_PROPS,
          'vendor-name',
        ],
        IMPLEMENTATION_COMMON,
      ],
      [
        'implemented-component',
        [...COMPONENT_PROPS, ...INVENTORY_PROPS],
        IMPLEMENTATION_COMMON,
      ],
    ] as Array<[OscalAssembly, string[], string]>
  ).map(([assembly, names, module]) => ({
    assembly,
    names,
    nistAllowsOther: true,
    anyNamespace: false,
    source: `${module} ${assembly}`,
  })),
];

/** The values (or the type) NIST defines for one property of an assembly. */
export interface PropValues {
  assembly: OscalAssembly;
  name: string;
  values?: readonly string[];
  datatype?: 'integer' | 'date' | 'dateTime' | 'uuid';
  nistAllowsOther: boolean;
  anyNamespace: boolean;
  source: string;
}

const YES_NO = ['yes', 'no'];
const ASSET_TYPES = [
  'operating-system',
  'database',
  'web-server',
  'dns-server',
  'email-server',
  'directory-server',
  'pbx',
  'firewall',
  'router',
  'switch',
  'storage-array',
  'appliance',
];

function closed(
  assembly: OscalAssembly,
  name: string,
  values: readonly string[],
  module: string,
): PropValues {
  return {
    assembly,
    name,
    values,
    nistAllowsOther: false,
    anyNamespace: true,
    source: `${module} ${assembly}`,
  };
}

function typed(
  assembly: OscalAssembly,
  name: string,
  datatype: PropValues['datatype'],
  module: string,
  anyNamespace = true,
): PropValues {
  return {
    assembly,
    name,
    datatype,
    nistAllowsOther: false,
    anyNamespace,
    source: `${module} ${assembly}`,
  };
}

export const PROP_VALUES: readonly PropValues[] = [
  {
    assembly: 'resource',
    name: 'type',
    values: [
      'logo',
      'image',
      'screen-shot',
      'law',
      'regulation',
      'standard',
      'external-guidance',
      'acronyms',
      'citation',
      'policy',
      'procedure',
      'system-guide',
      'users-guide',
      'administrators-guide',
      'rules-of-behavior',
      'plan',
      'artifact',
      'evidence',
      'tool-output',
      'raw-data',
      'interview-notes',
      'questionnaire',
      'report',
      'agreement',
    ],
    nistAllowsOther: true,
    anyNamespace: false,
    source: `${METADATA} back-matter/resource`,
  },
  typed('resource', 'published', 'dateTime', METADATA, false),
  typed('risk', 'priority', 'integer', ASSESSMENT_COMMON),
  closed('system-component', 'asset-type', ASSET_TYPES, IMPLEMENTATION_COMMON),
  closed(
    'system-component',
    'allows-authenticated-scan',
    YES_NO,
    IMPLEMENTATION_COMMON,
  ),
  closed('system-component', 'public', YES_NO, IMPLEMENTATION_COMMON),
  closed('system-component', 'virtual', YES_NO, IMPLEMENTATION_COMMON),
  closed(
    'system-component',
    'implementation-point',
    ['internal', 'external'],
    IMPLEMENTATION_COMMON,
  ),
  typed('system-component', 'inherited-uuid', 'uuid', IMPLEMENTATION_COMMON),
  typed('system-component', 'release-date', 'date', IMPLEMENTATION_COMMON),
  typed('system-component', 'isa-date', 'dateTime', IMPLEMENTATION_COMMON),
  closed('inventory-item', 'asset-type', ASSET_TYPES, IMPLEMENTATION_COMMON),
  closed('inventory-item', 'is-scanned', YES_NO, IMPLEMENTATION_COMMON),
  closed(
    'system-user',
    'type',
    ['internal', 'external', 'general-public'],
    IMPLEMENTATION_COMMON,
  ),
  closed(
    'system-user',
    'privilege-level',
    ['privileged', 'non-privileged', 'no-logical-access'],
    IMPLEMENTATION_COMMON,
  ),
  closed(
    'activity',
    'method',
    ['INTERVIEW', 'EXAMINE', 'TEST'],
    ASSESSMENT_COMMON,
  ),
];

/**
 * The link relations NIST defines, by the assembly holding the link:
 * `reference` everywhere (metadata link/@rel), more on some. All lists
 * allow other values; an export only writes NIST's.
 */
export const LINK_RELS: Partial<Record<OscalAssembly, readonly string[]>> = {
  metadata: [
    'canonical',
    'alternate',
    'latest-version',
    'predecessor-version',
    'successor-version',
  ],
  revision: [
    'canonical',
    'alternate',
    'predecessor-version',
    'successor-version',
  ],
  // Including the relations NIST defines for one component type only.
  'system-component': [
    'depends-on',
    'validation',
    'proof-of-compliance',
    'baseline-template',
    'uses-service',
    'system-security-plan',
    'uses-network',
    'validation-details',
    'provided-by',
    'used-by',
    'isa-agreement',
  ],
  'inventory-item': ['baseline-template'],
};

export const LINK_SOURCE = `${METADATA} link/@rel (and the assembly holding the link)`;

/** Every object may carry NIST's `marking` property (metadata property/@name). */
export const UNIVERSAL_PROP_NAMES: readonly string[] = ['marking'];
