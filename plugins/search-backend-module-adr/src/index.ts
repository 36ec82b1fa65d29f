/**
 * Search backend module: every architecture decision indexed by the ADR
 * backend becomes a search document of type `adr`.
 *
 * @packageDocumentation
 */
export { searchModuleAdr as default } from './module';
export {
  AdrCollatorFactory,
  type AdrCollatorFactoryOptions,
} from './collator/AdrCollatorFactory';
export type { AdrDocument } from './collator/decisionDocument';
