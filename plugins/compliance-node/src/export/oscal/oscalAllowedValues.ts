import {
  ASSESSMENT_COMMON,
  IMPLEMENTATION_COMMON,
  METADATA,
} from './oscalMetaschemaSources';
import type { OscalAssembly } from './oscalDocumentNodes';

// The allowed-values constraints of NIST's OSCAL 1.0.6 metaschema
// (usnistgov/OSCAL, src/metaschema at tag v1.0.6) that can apply to an
// assessment-results document, as data. `source` names the module and the
// definition that declares each; `nistAllowsOther` is its allow-other.

/** The values NIST defines for a field or flag of an assembly. */
export interface AllowedValues {
  assembly: OscalAssembly;
  /** A key of the assembly's JSON object, holding a string or an array of strings. */
  field: string;
  values: readonly string[];
  /**
   * NIST's `allow-other`. Where it is yes, OSCAL tolerates other values but
   * no tool knows what they mean; an export only writes NIST's.
   */
  nistAllowsOther: boolean;
  source: string;
}

const RISK_STATUSES = [
  'open',
  'investigating',
  'remediating',
  'deviation-requested',
  'deviation-approved',
  'closed',
];
const SUBJECT_TYPES = [
  'component',
  'inventory-item',
  'location',
  'party',
  'user',
  'resource',
];

export const ALLOWED_VALUES: readonly AllowedValues[] = [
  {
    assembly: 'observation',
    field: 'methods',
    values: ['EXAMINE', 'INTERVIEW', 'TEST', 'UNKNOWN'],
    nistAllowsOther: true,
    source: `${ASSESSMENT_COMMON} observation/method`,
  },
  {
    assembly: 'observation',
    field: 'types',
    values: [
      'ssp-statement-issue',
      'control-objective',
      'mitigation',
      'finding',
      'historic',
    ],
    nistAllowsOther: true,
    source: `${ASSESSMENT_COMMON} observation/type`,
  },
  {
    assembly: 'subject-reference',
    field: 'type',
    values: SUBJECT_TYPES,
    nistAllowsOther: true,
    source: `${ASSESSMENT_COMMON} subject-type`,
  },
  {
    assembly: 'select-subject-by-id',
    field: 'type',
    values: SUBJECT_TYPES,
    nistAllowsOther: true,
    source: `${ASSESSMENT_COMMON} subject-type`,
  },
  {
    assembly: 'assessment-subject',
    field: 'type',
    values: SUBJECT_TYPES.filter(type => type !== 'resource'),
    nistAllowsOther: true,
    source: `${ASSESSMENT_COMMON} assessment-subject/@type`,
  },
  {
    assembly: 'origin-actor',
    field: 'type',
    values: ['tool', 'assessment-platform', 'party'],
    nistAllowsOther: false,
    source: `${ASSESSMENT_COMMON} origin-actor/@type`,
  },
  {
    assembly: 'finding-target',
    field: 'type',
    values: ['statement-id', 'objective-id'],
    nistAllowsOther: false,
    source: `${ASSESSMENT_COMMON} finding-target/@type`,
  },
  {
    assembly: 'objective-status',
    field: 'state',
    values: ['satisfied', 'not-satisfied'],
    nistAllowsOther: false,
    source: `${ASSESSMENT_COMMON} finding-target/status/@state`,
  },
  {
    assembly: 'objective-status',
    field: 'reason',
    values: ['pass', 'fail', 'other'],
    nistAllowsOther: true,
    source: `${ASSESSMENT_COMMON} finding-target/status/@reason`,
  },
  {
    assembly: 'implementation-status',
    field: 'state',
    values: [
      'implemented',
      'partial',
      'planned',
      'alternative',
      'not-applicable',
    ],
    nistAllowsOther: true,
    source: `${IMPLEMENTATION_COMMON} implementation-status/@state`,
  },
  {
    assembly: 'risk',
    field: 'status',
    values: RISK_STATUSES,
    nistAllowsOther: true,
    source: `${ASSESSMENT_COMMON} risk-status`,
  },
  {
    assembly: 'risk-log-entry',
    field: 'status-change',
    values: RISK_STATUSES,
    nistAllowsOther: true,
    source: `${ASSESSMENT_COMMON} risk-status`,
  },
  {
    assembly: 'response',
    field: 'lifecycle',
    values: ['recommendation', 'planned', 'completed'],
    nistAllowsOther: true,
    source: `${ASSESSMENT_COMMON} response/@lifecycle`,
  },
  {
    assembly: 'task',
    field: 'type',
    values: ['milestone', 'action'],
    nistAllowsOther: true,
    source: `${ASSESSMENT_COMMON} task/@type`,
  },
  {
    assembly: 'at-frequency',
    field: 'unit',
    values: ['seconds', 'minutes', 'hours', 'days', 'months', 'years'],
    nistAllowsOther: false,
    source: `${ASSESSMENT_COMMON} task/timing/at-frequency/@unit`,
  },
  {
    assembly: 'threat-id',
    field: 'system',
    values: ['http://fedramp.gov', 'http://fedramp.gov/ns/oscal'],
    nistAllowsOther: true,
    source: `${ASSESSMENT_COMMON} threat-id/@system`,
  },
  {
    assembly: 'facet',
    field: 'system',
    values: [
      'http://fedramp.gov',
      'http://fedramp.gov/ns/oscal',
      'http://csrc.nist.gov/ns/oscal',
      'http://csrc.nist.gov/ns/oscal/unknown',
      'http://cve.mitre.org',
      'http://www.first.org/cvss/v2.0',
      'http://www.first.org/cvss/v3.0',
      'http://www.first.org/cvss/v3.1',
    ],
    nistAllowsOther: true,
    source: `${ASSESSMENT_COMMON} characterization/facet/@system`,
  },
  {
    assembly: 'system-component',
    field: 'type',
    values: [
      'this-system',
      'system',
      'interconnection',
      'software',
      'hardware',
      'service',
      'policy',
      'physical',
      'process-procedure',
      'plan',
      'guidance',
      'standard',
      'validation',
      'network',
    ],
    nistAllowsOther: true,
    source: `${IMPLEMENTATION_COMMON} system-component-type`,
  },
  {
    assembly: 'component-status',
    field: 'state',
    values: ['under-development', 'operational', 'disposition', 'other'],
    nistAllowsOther: false,
    source: `${IMPLEMENTATION_COMMON} system-component/status/@state`,
  },
  {
    assembly: 'port-range',
    field: 'transport',
    values: ['TCP', 'UDP'],
    nistAllowsOther: false,
    source: `${IMPLEMENTATION_COMMON} port-range/@transport`,
  },
  {
    assembly: 'party',
    field: 'type',
    values: ['person', 'organization'],
    nistAllowsOther: false,
    source: `${METADATA} party/@type`,
  },
  {
    assembly: 'hash',
    field: 'algorithm',
    values: [
      'SHA-224',
      'SHA-256',
      'SHA-384',
      'SHA-512',
      'SHA3-224',
      'SHA3-256',
      'SHA3-384',
      'SHA3-512',
    ],
    nistAllowsOther: true,
    source: `${METADATA} hash/@algorithm`,
  },
  {
    assembly: 'telephone-number',
    field: 'type',
    values: ['home', 'office', 'mobile'],
    nistAllowsOther: true,
    source: `${METADATA} telephone-number/@type`,
  },
  {
    assembly: 'address',
    field: 'type',
    values: ['home', 'work'],
    nistAllowsOther: true,
    source: `${METADATA} location-type`,
  },
];
