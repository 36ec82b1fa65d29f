import type { LoggerService } from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import type { AdrBackendConfig } from './config';
import type { DecisionWriter } from './services/authoring/DecisionWriter';
import { GithubDecisionWriter } from './services/authoring/GithubDecisionWriter';
import { LocalDecisionRepository } from './services/authoring/LocalDecisionRepository';
import type { LocalDraftSource } from './services/sources/DecisionSources';

/**
 * Where new records go: pull requests on GitHub, or (development) the local
 * repository, whose drafts the index then reads beside each folder.
 */
export function createAuthoringTarget(
  settings: AdrBackendConfig['authoring'],
  services: { config: Config; logger: LoggerService },
): { writer: DecisionWriter; localDrafts?: LocalDraftSource } {
  if (settings.target === 'local') {
    const repository = new LocalDecisionRepository(settings.localRepository);
    return { writer: repository, localDrafts: repository };
  }
  return { writer: new GithubDecisionWriter(services) };
}
