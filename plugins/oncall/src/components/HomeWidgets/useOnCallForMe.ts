import { stringifyEntityRef } from '@backstage/catalog-model';
import { identityApiRef, useApi } from '@backstage/frontend-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import type { MyShifts, OnCallPerson } from '@localplus/plugin-oncall-common';
import { DateTime } from 'luxon';
import { useAsyncResult } from '@localplus/portal-react';
import { onCallApiRef } from '../../api/onCallApiRef';
import { MyRotation, myRotations } from './myRotations';

/** How far ahead "My next shifts" looks. */
export const MY_SHIFTS_WEEKS = 4;

export interface OnCallForMe {
  rotations: MyRotation[];
  people: Record<string, OnCallPerson>;
  shifts: MyShifts['shifts'];
}

/**
 * What the home widget shows the signed-in person: who is on call for
 * their groups' services now (their groups' components from the catalog,
 * matched against what each rotation answers for) and their own next shifts.
 */
export function useOnCallForMe() {
  const identityApi = useApi(identityApiRef);
  const catalogApi = useApi(catalogApiRef);
  const onCallApi = useApi(onCallApiRef);
  return useAsyncResult(async (): Promise<OnCallForMe> => {
    const identity = await identityApi.getBackstageIdentity();
    const now = DateTime.now();
    const [components, overview, mine] = await Promise.all([
      catalogApi.getEntities({
        filter: {
          kind: 'component',
          'relations.ownedBy': identity.ownershipEntityRefs,
        },
        fields: ['kind', 'metadata.name', 'metadata.namespace'],
      }),
      onCallApi.getNow(),
      onCallApi.getMyShifts({
        from: now.toUTC().toISO()!,
        to: now.plus({ weeks: MY_SHIFTS_WEEKS }).toUTC().toISO()!,
      }),
    ]);
    const owned = new Set(components.items.map(e => stringifyEntityRef(e)));
    return {
      rotations: myRotations(
        overview,
        owned,
        new Set(identity.ownershipEntityRefs),
      ),
      people: overview.people,
      shifts: [...mine.shifts].sort((a, b) => a.start.localeCompare(b.start)),
    };
  }, 'on-call-for-me');
}
