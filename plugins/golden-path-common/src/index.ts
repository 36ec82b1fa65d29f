/**
 * The golden path's rules shared by the browser (the Create page's form
 * fields) and the scaffolder actions.
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
