/**
 * SLOs and error budgets in the LOCAL-PLUS portal: the SLOs tab and summary
 * card on entity pages, and the org-wide Error budgets page.
 *
 * @packageDocumentation
 */
export { sloPlugin as default } from './plugin';
export { sloApiRef } from './api/sloApiRef';
