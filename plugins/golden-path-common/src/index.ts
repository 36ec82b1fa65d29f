/**
 * The golden path's rules shared by the browser (the Create page's form
 * fields), the scaffolder actions and the compliance evidence: the
 * service-name rule and the platform's Kubernetes policies.
 *
 * @packageDocumentation
 */
export {
  SERVICE_NAME_FORMAT_MESSAGE,
  SERVICE_NAME_LENGTH_MESSAGE,
  SERVICE_NAME_MAX_LENGTH,
  SERVICE_NAME_PATTERN,
  validateServiceName,
} from './serviceName';
export * from './platformPolicies';
