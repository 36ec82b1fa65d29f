// The modules of NIST's OSCAL 1.0.6 metaschema (usnistgov/OSCAL,
// src/metaschema at tag v1.0.6) that declare the constraints checked, as
// the messages name them.

export const ASSESSMENT_COMMON = 'oscal_assessment-common_metaschema.xml';
export const ASSESSMENT_RESULTS = 'oscal_assessment-results_metaschema.xml';
export const IMPLEMENTATION_COMMON =
  'oscal_implementation-common_metaschema.xml';
export const METADATA = 'oscal_metadata_metaschema.xml';
