/**
 * The parts of an OSCAL 1.0.6 assessment-results document this package
 * writes (a subset of the NIST model; the bundled schema is the authority).
 */

export interface OscalProperty {
  name: string;
  value: string;
  ns?: string;
  class?: string;
  remarks?: string;
}

export interface OscalLink {
  href: string;
  rel?: string;
  text?: string;
  'media-type'?: string;
}

export interface OscalSubjectReference {
  'subject-uuid': string;
  type: string;
  title?: string;
  props?: OscalProperty[];
}

export interface OscalOrigin {
  actors: Array<{
    type: 'tool' | 'assessment-platform' | 'party';
    'actor-uuid': string;
    'role-id'?: string;
  }>;
}

export interface OscalLoggedBy {
  'party-uuid': string;
  'role-id'?: string;
}

export interface OscalRelevantEvidence {
  href?: string;
  description: string;
  props?: OscalProperty[];
}

export interface OscalObservation {
  uuid: string;
  title: string;
  description: string;
  props?: OscalProperty[];
  links?: OscalLink[];
  methods: Array<'EXAMINE' | 'INTERVIEW' | 'TEST'>;
  types?: Array<'finding'>;
  origins?: OscalOrigin[];
  subjects?: OscalSubjectReference[];
  'relevant-evidence'?: OscalRelevantEvidence[];
  collected: string;
  remarks?: string;
}

export interface OscalFinding {
  uuid: string;
  title: string;
  description: string;
  props?: OscalProperty[];
  links?: OscalLink[];
  origins?: OscalOrigin[];
  target: {
    type: 'objective-id';
    'target-id': string;
    title?: string;
    props?: OscalProperty[];
    status: {
      state: 'satisfied' | 'not-satisfied';
      reason?: 'pass' | 'fail' | 'other';
    };
    remarks?: string;
  };
  'related-observations'?: Array<{ 'observation-uuid': string }>;
  'related-risks'?: Array<{ 'risk-uuid': string }>;
  remarks?: string;
}

export interface OscalRisk {
  uuid: string;
  title: string;
  description: string;
  statement: string;
  props?: OscalProperty[];
  status: 'deviation-requested' | 'deviation-approved' | 'closed';
  origins?: OscalOrigin[];
  deadline?: string;
  'risk-log'?: {
    entries: Array<{
      uuid: string;
      title: string;
      start: string;
      props?: OscalProperty[];
      'logged-by'?: OscalLoggedBy[];
      'status-change'?: OscalRisk['status'];
      remarks?: string;
    }>;
  };
  'related-observations'?: Array<{ 'observation-uuid': string }>;
}

export interface OscalComponent {
  uuid: string;
  type: string;
  title: string;
  description: string;
  props?: OscalProperty[];
  status: { state: 'operational' };
}

export interface OscalInventoryItem {
  uuid: string;
  description: string;
  props?: OscalProperty[];
}

export interface OscalAssessmentPlatform {
  uuid: string;
  title: string;
  'uses-components'?: Array<{ 'component-uuid': string }>;
}

export interface OscalResource {
  uuid: string;
  title: string;
  description?: string;
  props?: OscalProperty[];
  'document-ids'?: Array<{ scheme?: string; identifier: string }>;
  rlinks?: Array<{ href: string; 'media-type'?: string }>;
  base64?: { filename?: string; 'media-type'?: string; value: string };
}

export interface OscalRole {
  id: string;
  title: string;
  description?: string;
}

export interface OscalParty {
  uuid: string;
  type: 'person' | 'organization';
  name?: string;
}

export interface OscalResponsibleParty {
  'role-id': string;
  'party-uuids': string[];
}

export interface OscalResult {
  uuid: string;
  title: string;
  description: string;
  start: string;
  end: string;
  props?: OscalProperty[];
  'local-definitions'?: {
    components?: OscalComponent[];
    'inventory-items'?: OscalInventoryItem[];
    'assessment-assets'?: {
      components?: OscalComponent[];
      'assessment-platforms': OscalAssessmentPlatform[];
    };
  };
  'reviewed-controls': {
    description?: string;
    'control-selections': Array<{
      description?: string;
      'include-controls': Array<{ 'control-id': string }>;
    }>;
    'control-objective-selections'?: Array<{
      description?: string;
      'include-objectives': Array<{ 'objective-id': string }>;
    }>;
  };
  observations?: OscalObservation[];
  risks?: OscalRisk[];
  findings?: OscalFinding[];
  remarks?: string;
}

export interface OscalAssessmentResults {
  'assessment-results': {
    uuid: string;
    metadata: {
      title: string;
      'last-modified': string;
      version: string;
      'oscal-version': string;
      props?: OscalProperty[];
      roles?: OscalRole[];
      parties?: OscalParty[];
      'responsible-parties'?: OscalResponsibleParty[];
      remarks?: string;
    };
    'import-ap': { href: string; remarks?: string };
    results: OscalResult[];
    'back-matter'?: { resources: OscalResource[] };
  };
}
