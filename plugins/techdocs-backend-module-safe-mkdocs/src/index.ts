/**
 * TechDocs backend module: refuses to build a site whose mkdocs.yml would
 * run code from its repository.
 *
 * @packageDocumentation
 */
export { techdocsModuleSafeMkdocs as default } from './module';
export { techdocsModuleSafeMkdocs } from './module';
export {
  checkMkdocsYml,
  prepareMkdocsYml,
  UnsafeMkdocsConfigError,
} from './checkMkdocsYml';
export {
  readMkdocsPolicy,
  DEFAULT_ALLOWED_MARKDOWN_EXTENSIONS,
  DEFAULT_ALLOWED_PLUGINS,
  DEFAULT_ALLOWED_PYTHON_NAMES,
} from './mkdocsPolicy';
export type { MkdocsPolicy } from './mkdocsPolicy';
