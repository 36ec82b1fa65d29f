/**
 * Extension points of the LOCAL-PLUS SLO backend.
 *
 * @packageDocumentation
 */
export {
  sloMetricSourcesExtensionPoint,
  type SloMetricSourcesExtensionPoint,
} from './extensions';
export {
  MetricSourceError,
  isMetricSourceError,
  type InstantQueryRequest,
  type MetricSample,
  type MetricSeries,
  type MetricSourceErrorKind,
  type RangeQueryRequest,
  type SloMetricSource,
} from './metricSource';
