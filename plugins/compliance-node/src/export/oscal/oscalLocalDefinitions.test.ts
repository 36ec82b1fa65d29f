import { buildExportInput } from '../../__testUtils__/exportInput';
import { buildOscalAssessmentResults } from './buildOscalAssessmentResults';

describe('the local definitions of a result', () => {
  const input = buildExportInput({ subjects: 2, runs: 2 });
  input.controls[0].documentation = '/docs/controls/relative';
  const result = JSON.parse(JSON.stringify(buildOscalAssessmentResults(input)))[
    'assessment-results'
  ].results[0];
  const assets = result['local-definitions']['assessment-assets'];

  it('makes the collectors the tools of the platform that concludes the findings', () => {
    const tools = assets.components.map((item: any) => item.uuid);
    const [platform] = assets['assessment-platforms'];

    expect(assets.components.map((item: any) => item.title)).toEqual([
      'access evidence collector',
      'catalog evidence collector',
      'github evidence collector',
      'kubernetes evidence collector',
    ]);
    expect(
      platform['uses-components'].map((item: any) => item['component-uuid']),
    ).toEqual(tools);
    expect(result['local-definitions']).not.toHaveProperty('components');
    for (const finding of result.findings) {
      expect(finding.origins).toEqual([
        {
          actors: [
            { type: 'assessment-platform', 'actor-uuid': platform.uuid },
          ],
        },
      ]);
    }
    for (const observation of result.observations) {
      expect(tools).toContain(observation.origins[0].actors[0]['actor-uuid']);
      expect(observation.types).toEqual(['finding']);
    }
  });

  it('identifies each subject as an asset, as NIST names it', () => {
    expect(
      result['local-definitions']['inventory-items'].map(
        (item: any) => item.props[0],
      ),
    ).toEqual([
      { name: 'asset-id', value: 'component:default/svc-0001' },
      { name: 'asset-id', value: 'component:default/svc-0002' },
    ]);
  });

  it('links relative control documentation without the reference relation', () => {
    const finding = result.findings.find(
      (item: any) => item.title === input.controls[0].title,
    );

    expect(
      finding.links.find((link: any) => link.text === 'Control documentation'),
    ).toEqual({
      href: '/docs/controls/relative',
      text: 'Control documentation',
    });
  });

  it('reviews the objective each finding targets', () => {
    const [selection] =
      result['reviewed-controls']['control-objective-selections'];
    const objectives = selection['include-objectives'].map(
      (item: any) => item['objective-id'],
    );

    expect(
      result.findings.map((finding: any) => finding.target['target-id']).sort(),
    ).toEqual(objectives);
  });
});
