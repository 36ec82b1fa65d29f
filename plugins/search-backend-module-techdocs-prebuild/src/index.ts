/**
 * Search backend module, development only: builds the TechDocs kept beside
 * their entities at startup and indexes them for search at once.
 *
 * @packageDocumentation
 */
export { searchModuleLocalTechDocsPrebuild as default } from './module';
export { searchModuleLocalTechDocsPrebuild } from './module';
