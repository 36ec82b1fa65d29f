/**
 * The provider id of rotations read from the portal's own rotation files.
 * Only these take overrides and swaps made in the portal; a provider module
 * (`pagerduty`) keeps its own.
 */
export const NATIVE_PROVIDER_ID = 'native';
