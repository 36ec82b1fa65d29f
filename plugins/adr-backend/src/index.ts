/**
 * The LOCAL-PLUS ADR backend plugin: the decision index over every
 * entity's decision folder, the log, the graph, the review queue and new
 * records.
 *
 * @packageDocumentation
 */
export { adrPlugin as default, createAdrPlugin } from './plugin';
export type { AdrPluginOptions } from './plugin';
