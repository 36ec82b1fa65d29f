export type {
  ActiveOverridesFilter,
  CancelOverrideInput,
  CreateOverridesInput,
  OverrideDraft,
  OverrideStore,
  StoredOverride,
} from './OverrideStore';
export { DatabaseOverrideStore } from './DatabaseOverrideStore';
export { isOverrideId } from './overrideRows';
