// The package's two entity cards, re-exported for the loaders of plugin.tsx
// so that one dynamic import brings them.
export {
  EntityArgoCDHistoryCard,
  EntityArgoCDOverviewCard,
} from '@roadiehq/backstage-plugin-argo-cd';
