import {
  InfoCard,
  ResponseErrorPanel,
  StructuredMetadataTable,
  WarningPanel,
} from '@backstage/core-components';
import { useRouteRef } from '@backstage/frontend-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { declaredTier, TierModel } from '@localplus/plugin-tiers-common';
import { useTierModel } from '../../hooks/useTierModel';
import { rootRouteRef } from '../../routes';
import { TierChip } from '../TierChip';

function findLevel(model: TierModel, tier: string) {
  const wanted = tier.toLocaleUpperCase('en-US');
  return model.levels.find(l => l.id.toLocaleUpperCase('en-US') === wanted);
}

function TierBadgeBody(props: { model?: TierModel; tier?: string }) {
  const { model, tier } = props;
  if (!model) {
    return (
      <WarningPanel
        title="No tier model configured"
        message="Declare the tiers under localplus.tiers in app-config.yaml."
      />
    );
  }
  if (!tier) {
    return (
      <WarningPanel
        title="No tier declared"
        message={`This entity has no ${model.annotation} annotation.`}
      />
    );
  }
  const level = findLevel(model, tier);
  if (!level) {
    return (
      <WarningPanel
        title={`Tier ${tier} is not in the tier model`}
        message={`The known tiers are ${model.levels
          .map(l => l.id)
          .join(', ')}; set ${model.annotation} to one of them.`}
      />
    );
  }
  return (
    <>
      <TierChip level={level} />
      <StructuredMetadataTable
        dense
        options={{ titleFormat: key => key }}
        metadata={{
          Approvers: level.approvers,
          'Change process': level.changeProcess,
        }}
      />
    </>
  );
}

/** The tier the current entity declares, with who approves its changes. */
export function TierBadgeCard() {
  const { entity } = useEntity();
  const { model, error } = useTierModel();
  const tiersPage = useRouteRef(rootRouteRef);
  return (
    <InfoCard
      title="Tier"
      deepLink={
        tiersPage ? { title: 'The tier model', link: tiersPage() } : undefined
      }
    >
      {error ? (
        <ResponseErrorPanel title="Invalid tier model" error={error} />
      ) : (
        <TierBadgeBody
          model={model}
          tier={model ? declaredTier(entity, model) : undefined}
        />
      )}
    </InfoCard>
  );
}
