import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useEntity, useEntityRefLink } from '@backstage/plugin-catalog-react';
import { useEntityOnCall } from '../../hooks/useEntityOnCall';
import { ONCALL_TAB_PATH } from '../../routes';
import { OnCallSummary } from './OnCallSummary';

/** Card titles are headings, for screen readers and the tests. */
const H2 = { component: 'h2' } as const;

/**
 * The On call card of a service's overview: who to call now, how, who is
 * next, the escalation chain and the open pages; the tab has the rest.
 */
export function OnCallCard() {
  const { entity } = useEntity();
  const entityLink = useEntityRefLink();
  const { error, value } = useEntityOnCall(entity);
  const tabLink = `${entityLink(entity).replace(/\/$/, '')}/${ONCALL_TAB_PATH}`;

  let body = <Progress />;
  if (error) {
    body = (
      <ResponseErrorPanel title="Could not load who is on call" error={error} />
    );
  } else if (value) {
    body = <OnCallSummary onCall={value} kind={entity.kind} />;
  }
  return (
    <InfoCard
      titleTypographyProps={H2}
      title="On call"
      deepLink={
        value && value.rotations.length > 0
          ? {
              title: 'Schedule, overrides, severity and incident workflow',
              link: tabLink,
            }
          : undefined
      }
    >
      {body}
    </InfoCard>
  );
}
