export type { AccessService } from './AccessService';
export {
  DefaultAccessService,
  type DefaultAccessServiceOptions,
} from './DefaultAccessService';
