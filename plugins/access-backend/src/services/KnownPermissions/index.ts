export type {
  KnownPermission,
  KnownPermissionsService,
  KnownPermissionsSnapshot,
  UnavailablePlugin,
} from './KnownPermissions';
export {
  MetadataKnownPermissions,
  type MetadataKnownPermissionsOptions,
} from './MetadataKnownPermissions';
