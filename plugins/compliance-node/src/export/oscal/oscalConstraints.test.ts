import { buildExportInput } from '../../__testUtils__/exportInput';
import type { ExportInputOptions } from '../../__testUtils__/exportInput';
import { buildOscalAssessmentResults } from './buildOscalAssessmentResults';
import { checkOscalConstraints } from './oscalConstraints';

/** An export as an auditor's tool reads it: the JSON text, parsed. */
function exported(options: ExportInputOptions = { subjects: 2, runs: 2 }) {
  return JSON.parse(
    JSON.stringify(buildOscalAssessmentResults(buildExportInput(options))),
  );
}

const UNKNOWN_UUID = '0b3a6f4e-2c1d-4e5f-8a9b-7c6d5e4f3a2b';

describe('checkOscalConstraints', () => {
  it.each<[string, ExportInputOptions]>([
    ['a default export', {}],
    ['an export of a period that starts the ledger', { anchored: false }],
    [
      'an export of one control, subject and run',
      { subjects: 1, runs: 1, controls: 1 },
    ],
    ['an export without runs or observations', { runs: 0 }],
    ['an export of many controls', { controls: 14, subjects: 3 }],
  ])('finds nothing to report in %s', (_name, options) => {
    expect(checkOscalConstraints(exported(options))).toEqual([]);
  });

  it.each<[string, (doc: any) => void, string]>([
    [
      'a responsible party naming a party that is not defined',
      doc =>
        (doc['assessment-results'].metadata['responsible-parties'][0][
          'party-uuids'
        ][0] = UNKNOWN_UUID),
      `/assessment-results/metadata/responsible-parties/0/party-uuids/0: party-uuids "${UNKNOWN_UUID}" names no party of metadata.parties [index-has-key index-metadata-party-uuid`,
    ],
    [
      'an observation method NIST does not define',
      doc => (result(doc).observations[0].methods[0] = 'GUESS'),
      `/assessment-results/results/0/observations/0/methods/0: "GUESS" is not one of NIST's values for observation methods: EXAMINE, INTERVIEW, TEST, UNKNOWN [allowed-values, oscal_assessment-common_metaschema.xml observation/method; open in OSCAL, closed in an export]`,
    ],
    [
      'a responsible party in a role that is not defined',
      doc => doc['assessment-results'].metadata.roles.shift(),
      '/assessment-results/metadata/responsible-parties/0/role-id: role-id "control-owner" names no role of metadata.roles [index-has-key index-metadata-role-id',
    ],
    [
      'a risk log entry by a party that is not defined',
      doc =>
        (result(doc).risks[0]['risk-log'].entries[0]['logged-by'][0][
          'party-uuid'
        ] = UNKNOWN_UUID),
      `/risk-log/entries/0/logged-by/0/party-uuid: party-uuid "${UNKNOWN_UUID}" names no party of metadata.parties`,
    ],
    [
      'a risk requested by an actor that is not a party',
      doc =>
        (result(doc).risks[0].origins[0].actors[0]['actor-uuid'] =
          UNKNOWN_UUID),
      `/risks/0/origins/0/actors/0/actor-uuid: actor-uuid "${UNKNOWN_UUID}" of type party names no party of metadata.parties`,
    ],
    [
      'an observation made by a tool that is not an assessment asset',
      doc =>
        (result(doc).observations[0].origins[0].actors[0]['actor-uuid'] =
          UNKNOWN_UUID),
      'of type tool names no tool (component of the assessment assets)',
    ],
    [
      'a finding concluded by a platform that is not defined',
      doc =>
        (result(doc).findings[0].origins[0].actors[0]['actor-uuid'] =
          UNKNOWN_UUID),
      'of type assessment-platform names no assessment platform',
    ],
    [
      'a platform using a component that is not defined',
      doc =>
        (result(doc)['local-definitions']['assessment-assets'][
          'assessment-platforms'
        ][0]['uses-components'][0]['component-uuid'] = UNKNOWN_UUID),
      `/uses-components/0/component-uuid: component-uuid "${UNKNOWN_UUID}" names no component of the assessment assets`,
    ],
    [
      'an observation of a subject that is not an inventory item',
      doc =>
        (result(doc).observations[0].subjects[0]['subject-uuid'] =
          UNKNOWN_UUID),
      `/observations/0/subjects/0/subject-uuid: subject-uuid "${UNKNOWN_UUID}" of type inventory-item names no inventory item`,
    ],
    [
      'a subject type NIST does not define',
      doc => (result(doc).observations[0].subjects[0].type = 'service'),
      `/observations/0/subjects/0/type: "service" is not one of NIST's values for subject-reference type`,
    ],
    [
      'an observation type NIST does not define',
      doc => (result(doc).observations[0].types = ['evidence']),
      `/observations/0/types/0: "evidence" is not one of NIST's values for observation types`,
    ],
    [
      'a finding citing an observation of no result',
      doc =>
        (result(doc).findings[0]['related-observations'][0][
          'observation-uuid'
        ] = UNKNOWN_UUID),
      `/findings/0/related-observations/0/observation-uuid: observation-uuid "${UNKNOWN_UUID}" names no observation of its result`,
    ],
    [
      'a finding citing a risk that is not defined',
      doc => {
        const finding = result(doc).findings.find(
          (item: any) => item['related-risks'],
        );
        finding['related-risks'][0]['risk-uuid'] = UNKNOWN_UUID;
      },
      `risk-uuid "${UNKNOWN_UUID}" names no risk of its result`,
    ],
    [
      'a finding targeting an objective that was not reviewed',
      doc => (result(doc).findings[0].target['target-id'] = 'unknown_obj'),
      `/findings/0/target/target-id: target-id "unknown_obj" is no objective of the result's reviewed-controls`,
    ],
    [
      'a link to a back-matter resource that is not there',
      doc => (result(doc).findings[0].links[0].href = `#${UNKNOWN_UUID}`),
      `/findings/0/links/0/href: "#${UNKNOWN_UUID}" names no back-matter resource [index-has-key index-back-matter-resource`,
    ],
    [
      'a reference link to a relative path',
      doc =>
        result(doc).findings[0].links.push({
          href: 'docs/control.md',
          rel: 'reference',
        }),
      '"docs/control.md" is neither a back-matter resource (#uuid) nor an absolute URI',
    ],
    [
      'a link relation NIST does not define',
      doc => (result(doc).findings[0].links[0].rel = 'website'),
      `/findings/0/links/0/rel: "website" is not a link relation NIST defines on a finding: reference`,
    ],
    [
      'a risk status NIST does not define',
      doc => (result(doc).risks[0].status = 'accepted'),
      `/risks/0/status: "accepted" is not one of NIST's values for risk status`,
    ],
    [
      'a party type OSCAL does not know',
      doc => (doc['assessment-results'].metadata.parties[0].type = 'team'),
      `/metadata/parties/0/type: "team" is not one of NIST's values for party type: person, organization [allowed-values, oscal_metadata_metaschema.xml party/@type]`,
    ],
    [
      'our property on a risk, which OSCAL 1.0.6 refuses in any namespace',
      doc =>
        (result(doc).risks[0].props = [
          {
            name: 'exemption-id',
            ns: 'https://localplus.example/ns/oscal',
            value: 'ex-approved',
          },
        ]),
      `/risks/0/props/0/name: "exemption-id" is not a property name NIST allows on a risk in any namespace: false-positive, accepted, risk-adjusted, priority`,
    ],
    [
      'our property on a back-matter resource',
      doc =>
        doc['assessment-results']['back-matter'].resources[0].props.push({
          name: 'framework-id',
          ns: 'https://localplus.example/ns/oscal',
          value: 'gdpr',
        }),
      `"framework-id" is not a property name NIST allows on a resource in any namespace: type, version, published`,
    ],
    [
      'a property without namespace that NIST does not define there',
      doc =>
        result(doc).observations[0].props.push({ name: 'check', value: 'x' }),
      `"check" is in NIST's namespace (no ns) but NIST defines no such property on an observation`,
    ],
    [
      'an asset type NIST does not define',
      doc =>
        result(doc)['local-definitions']['inventory-items'][0].props.push({
          name: 'asset-type',
          value: 'microservice',
        }),
      `"microservice" is not one of NIST's values (operating-system, database,`,
    ],
    [
      'a back-matter resource without content',
      doc => {
        const resource = doc['assessment-results']['back-matter'].resources[1];
        delete resource.base64;
        delete resource.rlinks;
      },
      '/assessment-results/back-matter/resources/1: a back-matter resource holds neither an rlink nor base64 content',
    ],
    [
      'a uuid given to two objects',
      doc =>
        (result(doc).observations[1].uuid = result(doc).observations[0].uuid),
      '/assessment-results/results/0/observations/1/uuid: uuid',
    ],
    [
      'a role listed twice among the responsible parties',
      doc => {
        const parties =
          doc['assessment-results'].metadata['responsible-parties'];
        parties.push({ ...parties[0] });
      },
      'the same role-id is listed twice: ["control-owner"]',
    ],
    [
      'an objective state OSCAL does not know',
      doc => (result(doc).findings[0].target.status.state = 'partly'),
      `"partly" is not one of NIST's values for objective-status state: satisfied, not-satisfied`,
    ],
  ])('reports %s', (_name, tamper, message) => {
    const document = exported();
    tamper(document);

    const violations = checkOscalConstraints(document);

    expect(violations.join('\n')).toContain(message);
  });

  it('reads any JSON without throwing', () => {
    for (const value of [
      null,
      'text',
      [],
      {},
      { 'assessment-results': { results: [{ findings: [{ target: 1 }] }] } },
      { 'assessment-results': { metadata: { parties: [{ type: 3 }] } } },
    ]) {
      expect(() => checkOscalConstraints(value)).not.toThrow();
    }
  });
});

function result(document: any) {
  return document['assessment-results'].results[0];
}
