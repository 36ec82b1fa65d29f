/**
 * The LOCAL-PLUS on-call backend plugin.
 *
 * @packageDocumentation
 */
export { oncallPlugin as default } from './plugin';
