export {
  LEAD_ANNOTATION,
  Organisation,
  type OrgComponent,
} from './Organisation';
export {
  CatalogOrganisation,
  ORGANISATION_TTL_MS,
  type OrganisationSource,
} from './CatalogOrganisation';
