import { buildViridialPagerDutyDataset } from '../pagerduty/viridialPagerDuty';
import { defaultCatalogDir, readCatalogEntities } from './deployableComponents';

const ANNOTATION = 'pagerduty.com/service-id';

describe('the catalog and the PagerDuty simulator', () => {
  it('agree on which PagerDuty services each component answers for', () => {
    const annotated = Object.fromEntries(
      readCatalogEntities(defaultCatalogDir())
        .filter(entity => entity.metadata.annotations[ANNOTATION])
        .map(entity => [
          entity.metadata.name,
          entity.metadata.annotations[ANNOTATION],
        ]),
    );
    const dataset = buildViridialPagerDutyDataset();
    expect(annotated).toEqual(dataset.componentAnnotations);
    // And every service the account holds belongs to some component.
    const named = Object.values(annotated).flatMap(ids => ids.split(','));
    expect(named.sort()).toEqual(dataset.services.map(s => s.id).sort());
  });
});
