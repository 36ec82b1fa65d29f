import { FRAMEWORKS } from '../../__testUtils__/exportControls';
import { buildExportInput } from '../../__testUtils__/exportInput';
import { buildOscalAssessmentResults } from './buildOscalAssessmentResults';
import { LOCALPLUS_OSCAL_NAMESPACE } from './oscalValues';

describe('the frameworks in the back matter', () => {
  const resources = JSON.parse(
    JSON.stringify(buildOscalAssessmentResults(buildExportInput())),
  )['assessment-results']['back-matter'].resources;
  const byTitle = new Map<string, any>(
    resources.map((resource: any) => [resource.title, resource]),
  );

  it('gives each its version as NIST names it and its id in our scheme', () => {
    expect(byTitle.get('PCI DSS')).toMatchObject({
      props: [{ name: 'version', value: 'v4.0.1' }],
      'document-ids': [
        { scheme: LOCALPLUS_OSCAL_NAMESPACE, identifier: 'pci-dss' },
      ],
    });
    expect(byTitle.get('PCI DSS').props[0]).not.toHaveProperty('ns');
  });

  it('holds each framework with its requirements, and links its documentation', () => {
    for (const framework of FRAMEWORKS) {
      const resource = byTitle.get(framework.title);
      const attached = JSON.parse(
        Buffer.from(resource.base64.value, 'base64').toString('utf8'),
      );

      expect(resource.base64).toMatchObject({
        filename: `framework-${framework.id}.json`,
        'media-type': 'application/json',
      });
      expect(attached).toMatchObject({
        id: framework.id,
        title: framework.title,
        requirements: framework.requirements,
      });
      expect(resource.rlinks).toEqual(
        framework.documentation
          ? [{ href: framework.documentation }]
          : undefined,
      );
    }
  });
});
