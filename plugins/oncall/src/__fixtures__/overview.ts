import type {
  CoverageReport,
  FairnessReport,
  OnCallOverview,
} from '@localplus/plugin-oncall-common';
import { people } from './people';
import { NOW, weeklyNow, weeklySummary } from './rotation';

/** `GET /now`: the weekly rotation, answering for three services, and a broken file. */
export const overview: OnCallOverview = {
  at: NOW,
  rotations: [
    {
      summary: weeklySummary,
      now: weeklyNow,
      services: [
        'component:default/svc-ledger',
        'component:default/svc-wallet',
        'component:default/svc-giftcard',
      ],
    },
  ],
  people,
  problems: [
    {
      entityRef: 'group:default/team-loyalty',
      source: './oncall/loyalty.yaml',
      field: 'spec.layers[0].members[2]',
      message: 'user:default/zoe is not in the catalog',
    },
  ],
};

/** `GET /coverage?weeks=4`: one finding of each kind. */
export const coverage: CoverageReport = {
  from: NOW,
  to: '2026-04-01T08:00:00.000Z',
  findings: [
    {
      type: 'gap',
      rotation: 'localplus-weekly',
      role: 'secondary',
      start: '2026-03-16T09:00:00.000Z',
      end: '2026-03-17T09:00:00.000Z',
    },
    {
      type: 'single-person-layer',
      rotation: 'loyalty-business-hours',
      layer: 'daytime',
      user: 'user:default/hugo-moreau',
    },
    {
      type: 'not-in-owning-group',
      rotation: 'localplus-weekly',
      user: 'user:default/marc-lefevre',
      owner: 'group:default/localplus-oncall',
      firstShiftStart: '2026-03-10T09:00:00.000Z',
    },
    {
      type: 'critical-service-without-rotation',
      entityRef: 'component:default/svc-payments',
      owner: 'group:default/team-payments',
      criticality: 'P0',
    },
  ],
};

/** `GET /fairness`: two responders over four weeks. */
export const fairness: FairnessReport = {
  from: '2026-02-04T09:00:00.000Z',
  to: NOW,
  people,
  rows: [
    {
      user: 'user:default/diana',
      rotations: ['localplus-weekly'],
      hoursOnCall: 336,
      primaryHours: 168,
      secondaryHours: 168,
      nightHours: 140,
      weekendHours: 96,
      pages: 4,
      nightPages: 1,
      weekendPages: 2,
      compensation: {
        onCallWeeks: 2,
        nightIncidents: 1,
        weekendIncidents: 2,
        weekendTimeOffHours: 6,
      },
    },
    {
      user: 'user:default/alice',
      rotations: ['localplus-weekly'],
      hoursOnCall: 168,
      primaryHours: 0,
      secondaryHours: 168,
      nightHours: 70,
      weekendHours: 48,
      pages: 0,
      nightPages: 0,
      weekendPages: 0,
      compensation: {
        onCallWeeks: 1,
        nightIncidents: 0,
        weekendIncidents: 0,
        weekendTimeOffHours: 0,
      },
    },
  ],
};
