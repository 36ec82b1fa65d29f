/**
 * Argo CD on entity pages (the `@roadiehq/backstage-plugin-argo-cd` tab,
 * cards and client), every part loaded only when an entity page shows it.
 *
 * @packageDocumentation
 */
export { argoCdPlugin as default } from './plugin';
export { argoCdApiRef } from './api/argoCdApiRef';
