import { z } from 'zod';
import { httpBaseUrlProblem } from '@localplus/portal-node';

const criticality = z
  .string()
  .regex(/^[Pp][0-9]$/, 'must be a criticality like P0')
  .transform(value => value.toUpperCase());

/** Which components the SLO checks apply to. */
const sloScope = {
  criticalities: z.array(criticality).min(1).max(10).default(['P0', 'P1']),
};

/** Which Prometheus: an environment of `slo.prometheus`, or a URL (read without the configured headers). */
const prometheusChoice = {
  environment: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/, 'must be an environment name')
    .optional(),
  baseUrl: z
    .string()
    .max(2000)
    .refine(value => !httpBaseUrlProblem(value, 'headers'), {
      message: 'must be an http or https URL without credentials or query',
    })
    .optional(),
};

const exclusiveChoice = (params: { environment?: string; baseUrl?: string }) =>
  !(params.environment && params.baseUrl);
const EXCLUSIVE = {
  message: 'name either an environment or a baseUrl, not both',
};

export const sloObjectivesParams = z.strictObject(sloScope);
export const budgetPolicyParams = z.strictObject(sloScope);
export const sloAlertingParams = z
  .strictObject({ ...sloScope, ...prometheusChoice })
  .refine(exclusiveChoice, EXCLUSIVE);
export const alertDeliveryParams = z
  .strictObject(prometheusChoice)
  .refine(exclusiveChoice, EXCLUSIVE);
export const tlsMinimumParams = z
  .strictObject({
    ...prometheusChoice,
    allowed: z
      .array(z.string().trim().min(1).max(20))
      .min(1)
      .max(10)
      .default(['TLS 1.2', 'TLS 1.3']),
  })
  .refine(exclusiveChoice, EXCLUSIVE);

export type PrometheusChoice = { environment?: string; baseUrl?: string };
