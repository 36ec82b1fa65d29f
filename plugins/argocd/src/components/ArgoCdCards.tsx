// The package's overview card and our fitted history card, re-exported for
// the loaders of plugin.tsx so that one dynamic import brings them.
export { EntityArgoCDOverviewCard } from '@roadiehq/backstage-plugin-argo-cd';
export { ArgoCdHistoryCard } from './ArgoCdHistoryCard';
