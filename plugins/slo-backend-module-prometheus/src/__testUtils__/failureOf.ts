import {
  isMetricSourceError,
  MetricSourceError,
} from '@localplus/plugin-slo-node';

/** The MetricSourceError a promise rejects with; fails the test otherwise. */
export async function failureOf(
  promise: Promise<unknown>,
): Promise<MetricSourceError> {
  try {
    await promise;
  } catch (error) {
    if (isMetricSourceError(error)) {
      return error;
    }
    throw new Error(`Expected a MetricSourceError, got ${String(error)}`);
  }
  throw new Error('Expected the query to fail, but it succeeded');
}
