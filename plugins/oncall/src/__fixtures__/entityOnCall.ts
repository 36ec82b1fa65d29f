import type { EntityOnCall } from '@localplus/plugin-oncall-common';
import { ledgerDownPage, ledgerSlowPage } from './pages';
import { people } from './people';
import { weeklyNow, weeklySummary } from './rotation';

/** The On call card of svc-ledger: the weekly rotation answers through its owner's parent group. */
export const ledgerOnCall: EntityOnCall = {
  entityRef: 'component:default/svc-ledger',
  rotations: [
    {
      summary: weeklySummary,
      now: weeklyNow,
      escalation: [
        { ...weeklySummary.escalation[0], people: ['user:default/diana'] },
        { ...weeklySummary.escalation[1], people: ['user:default/eve'] },
        {
          ...weeklySummary.escalation[2],
          people: ['user:default/sofia-benali', 'user:default/marc-lefevre'],
        },
        {
          ...weeklySummary.escalation[3],
          people: ['user:default/marc-lefevre'],
        },
      ],
    },
  ],
  people,
  openPages: [ledgerDownPage, ledgerSlowPage],
  problems: [],
};

/** A component whose owner no rotation covers. */
export const orphanOnCall: EntityOnCall = {
  entityRef: 'component:default/svc-orphan',
  rotations: [],
  people: {},
  openPages: [],
  problems: [],
};
