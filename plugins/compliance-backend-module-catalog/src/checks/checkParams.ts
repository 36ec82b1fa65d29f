/**
 * The parameter readers the catalog checks use. They live in the compliance
 * family's node library, shared with the other collectors; import them from
 * there. This path is kept for the checks that still name it.
 */
export {
  CheckParamsError,
  onlyKeys,
  optionalText,
  optionalTextList,
} from '@localplus/plugin-compliance-node';
