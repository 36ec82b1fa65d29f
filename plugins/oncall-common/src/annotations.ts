/**
 * On a Group: where its rotation file lives, relative to the group's own
 * catalog file (`./oncall/localplus-weekly.yaml`) or as a URL the backend's
 * UrlReader may read. The group is the rotation's owner.
 */
export const ONCALL_ROTATION_ANNOTATION = 'localplus.io/oncall-rotation';

/**
 * On a Component: the PagerDuty service ids it maps to, comma-separated
 * (several services per component). Read by the PagerDuty provider module.
 */
export const PAGERDUTY_SERVICE_ANNOTATION = 'pagerduty.com/service-id';

/** On a User: how to reach them beyond e-mail (demo data in development). */
export const PHONE_ANNOTATION = 'localplus.io/phone';
export const SLACK_HANDLE_ANNOTATION = 'localplus.io/slack-handle';

/** Largest rotation file the backend reads, in bytes. */
export const MAX_ROTATION_FILE_BYTES = 256 * 1024;
