import type { LoggerService } from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import {
  GeneratorRunOptions,
  getMkdocsYml,
  TechdocsGenerator,
} from '@backstage/plugin-techdocs-node';
import { prepareMkdocsYmlFile } from './checkMkdocsYml';
import type { MkdocsPolicy } from './mkdocsPolicy';

/**
 * Backstage's TechDocs generator, with one step in front: the site's
 * mkdocs.yml is checked against the policy before anything else reads it
 * (its `!ENV` tags first resolved as if unset), and a refused site is not
 * built at all; `techdocs-core` is left out of the build copy. Backstage's own clean-up of mkdocs.yml (techdocs-node drops
 * keys and plugins it does not know, and rejects most Python tags) still
 * runs after this check; this step refuses loudly, with the key at fault,
 * where that one would silently edit, and it also covers what that one
 * lets through (`!ENV`, `pymdownx.snippets`, Markdown extensions).
 */
export class SafeMkdocsGenerator extends TechdocsGenerator {
  private readonly mkdocsPolicy: MkdocsPolicy;

  static fromPolicy(
    config: Config,
    logger: LoggerService,
    policy: MkdocsPolicy,
  ): SafeMkdocsGenerator {
    return new SafeMkdocsGenerator({
      config,
      logger,
      scmIntegrations: ScmIntegrations.fromConfig(config),
      policy,
    });
  }

  constructor(options: {
    config: Config;
    logger: LoggerService;
    scmIntegrations: ScmIntegrations;
    policy: MkdocsPolicy;
  }) {
    super(options);
    this.mkdocsPolicy = options.policy;
  }

  async run(options: GeneratorRunOptions): Promise<void> {
    // The same lookup the generator makes (mkdocs.yaml first, then
    // mkdocs.yml), so the file checked is the file built.
    const { path } = await getMkdocsYml(options.inputDir, options.siteOptions);
    const notes = await prepareMkdocsYmlFile(path, this.mkdocsPolicy);
    // In the build log the TechDocs reader shows.
    for (const note of notes) {
      options.logger.info(note);
    }
    await super.run(options);
  }
}
