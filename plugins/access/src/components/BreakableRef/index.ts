export { BreakableRef } from './BreakableRef';
