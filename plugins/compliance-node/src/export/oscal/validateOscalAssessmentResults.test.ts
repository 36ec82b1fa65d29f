import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildExportInput } from '../../__testUtils__/exportInput';
import { buildOscalAssessmentResults } from './buildOscalAssessmentResults';
import { validateOscalAssessmentResults } from './validateOscalAssessmentResults';

function validDocument(subjects = 2) {
  return JSON.parse(
    JSON.stringify(
      buildOscalAssessmentResults(buildExportInput({ subjects, runs: 2 })),
    ),
  );
}

describe('validateOscalAssessmentResults', () => {
  it('accepts an exported document', () => {
    expect(validateOscalAssessmentResults(validDocument())).toEqual({
      valid: true,
      errors: [],
    });
  });

  it.each([
    [
      'a missing uuid',
      (doc: any) => delete doc['assessment-results'].uuid,
      "/assessment-results: must have required property 'uuid'",
    ],
    [
      'a date-time without a time zone',
      (doc: any) =>
        (doc['assessment-results'].metadata['last-modified'] =
          '2025-04-07T00:00:00'),
      '/assessment-results/metadata/last-modified: "2025-04-07T00:00:00" does not match the date-time format',
    ],
    [
      'a control id that is not a token',
      (doc: any) =>
        (doc['assessment-results'].results[0]['reviewed-controls'][
          'control-selections'
        ][0]['include-controls'][0]['control-id'] = '1 bad id'),
      '/include-controls/0/control-id: "1 bad id" does not match its OSCAL pattern',
    ],
    [
      'a uuid of version 1',
      (doc: any) =>
        (doc['assessment-results'].uuid =
          '6ba7b810-9dad-11d1-80b4-00c04fd430c8'),
      '/assessment-results/uuid: "6ba7b810-9dad-11d1-80b4-00c04fd430c8" does not match its OSCAL pattern',
    ],
    [
      'an unknown objective state',
      (doc: any) =>
        (doc['assessment-results'].results[0].findings[0].target.status.state =
          'partly'),
      '/target/status/state: must be equal to one of the allowed values (satisfied, not-satisfied)',
    ],
    [
      'a property the model does not have',
      (doc: any) => (doc['assessment-results'].results[0].colour = 'green'),
      '/assessment-results/results/0: must NOT have additional properties (colour)',
    ],
    [
      'a property value with a line break',
      (doc: any) =>
        (doc['assessment-results'].results[0].props[0].value = 'two\nlines'),
      '/assessment-results/results/0/props/0/value: "two\\nlines" does not match its OSCAL pattern',
    ],
    [
      'an empty list',
      (doc: any) => (doc['assessment-results'].results[0].findings = []),
      '/assessment-results/results/0/findings: must NOT have fewer than 1 items',
    ],
  ])(
    'reports %s with the pointer of the value at fault',
    (_name, breakIt, message) => {
      const document = validDocument();
      breakIt(document);

      const validation = validateOscalAssessmentResults(document);

      expect(validation.valid).toBe(false);
      expect(validation.errors.join('\n')).toContain(message);
    },
  );

  it.each([
    [
      'a responsible party naming no party',
      (doc: any) =>
        (doc['assessment-results'].metadata['responsible-parties'][0][
          'party-uuids'
        ][0] = '0b3a6f4e-2c1d-4e5f-8a9b-7c6d5e4f3a2b'),
      '/assessment-results/metadata/responsible-parties/0/party-uuids/0: party-uuids "0b3a6f4e-2c1d-4e5f-8a9b-7c6d5e4f3a2b" names no party of metadata.parties',
    ],
    [
      'an observation method NIST does not define',
      (doc: any) =>
        (doc['assessment-results'].results[0].observations[0].methods = [
          'GUESS',
        ]),
      `/assessment-results/results/0/observations/0/methods/0: "GUESS" is not one of NIST's values for observation methods: EXAMINE, INTERVIEW, TEST, UNKNOWN`,
    ],
  ])(
    'reports %s, which the schema accepts, as a metaschema constraint',
    (_name, breakIt, message) => {
      const document = validDocument();
      breakIt(document);

      const validation = validateOscalAssessmentResults(document);

      expect(validation.valid).toBe(false);
      expect(validation.errors).toEqual([expect.stringContaining(message)]);
    },
  );

  it('checks the metaschema constraints only once the schema holds, as oscal-cli does', () => {
    const document = validDocument();
    document['assessment-results'].results[0].observations[0].methods = [
      'GUESS',
    ];
    delete document['assessment-results'].uuid;

    expect(validateOscalAssessmentResults(document).errors).toEqual([
      "/assessment-results: must have required property 'uuid'",
    ]);
  });

  it('refuses what is not an assessment-results document', () => {
    for (const value of [null, 'text', [], {}, { 'assessment-results': {} }]) {
      expect(validateOscalAssessmentResults(value).valid).toBe(false);
    }
  });

  it('lists at most 50 errors of a systematically wrong document', () => {
    const document = validDocument(20);
    for (const observation of document['assessment-results'].results[0]
      .observations) {
      observation.collected = 'not a date';
    }

    const { errors } = validateOscalAssessmentResults(document);

    expect(errors).toHaveLength(51);
    expect(errors[50]).toMatch(/^\.\.\. and \d+ more errors$/);
  });
});

describe('the bundled schema', () => {
  it("is NIST's OSCAL 1.0.6 assessment-results schema, unchanged", () => {
    const bytes = readFileSync(
      join(__dirname, 'oscal_assessment-results_schema-1.0.6.json'),
    );

    expect(createHash('sha256').update(bytes).digest('hex')).toBe(
      '73fd7503ec274f5a4039a6dd3976c13ce2052d483a74a87b6e24145d88193cb2',
    );
    expect(JSON.parse(bytes.toString('utf8')).$id).toBe(
      'http://csrc.nist.gov/ns/oscal/1.0.6/oscal-ar-schema.json',
    );
  });
});
