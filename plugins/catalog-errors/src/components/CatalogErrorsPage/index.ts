export { CatalogErrorsPage } from './CatalogErrorsPage';
