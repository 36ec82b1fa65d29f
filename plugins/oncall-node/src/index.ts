/**
 * Extension point of the LOCAL-PLUS on-call backend: rotation providers plug
 * in as backend modules (`oncall-backend-module-pagerduty`); the native
 * provider, which reads the rotation files the groups point at, is built in.
 *
 * @packageDocumentation
 */
export {
  onCallProvidersExtensionPoint,
  type OnCallProvidersExtensionPoint,
} from './extensions';
export type {
  OnCallProvider,
  ProvidedRotation,
  ProvidedRotations,
} from './provider';
