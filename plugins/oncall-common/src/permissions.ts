import { createPermission } from '@backstage/plugin-permission-common';

/** Read rotations, schedules, who is on call, escalation, coverage and pages. */
export const oncallReadPermission = createPermission({
  name: 'oncall.schedule.read',
  attributes: { action: 'read' },
});

/**
 * Create an override or a swap. The policy decides who may ask; the backend
 * also requires the caller to be a member of the rotation or the lead of a
 * group it belongs to or covers (`localplus.io/lead`).
 */
export const oncallOverrideCreatePermission = createPermission({
  name: 'oncall.override.create',
  attributes: { action: 'create' },
});

/** Cancel an override or a swap; the same membership rule as creating one. */
export const oncallOverrideDeletePermission = createPermission({
  name: 'oncall.override.delete',
  attributes: { action: 'delete' },
});

/** Acknowledge a page. */
export const oncallPageAcknowledgePermission = createPermission({
  name: 'oncall.page.acknowledge',
  attributes: { action: 'update' },
});

/**
 * Read the fairness report: hours, nights, weekends, pages and compensation
 * per person. Personal working-time data, so not for everyone.
 */
export const oncallFairnessReadPermission = createPermission({
  name: 'oncall.fairness.read',
  attributes: { action: 'read' },
});

/** Create and revoke one's own calendar feed links. */
export const oncallCalendarManagePermission = createPermission({
  name: 'oncall.calendar.manage',
  attributes: { action: 'update' },
});

/** Every permission the on-call plugin declares. */
export const oncallPermissions = [
  oncallReadPermission,
  oncallOverrideCreatePermission,
  oncallOverrideDeletePermission,
  oncallPageAcknowledgePermission,
  oncallFairnessReadPermission,
  oncallCalendarManagePermission,
];
