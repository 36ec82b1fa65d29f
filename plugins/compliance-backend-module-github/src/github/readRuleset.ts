import type { Octokit } from '@octokit/rest';
import { z } from 'zod';
import type { RepositorySlug } from '../catalog/repositorySlug';
import { describeGithubFailure, GithubFailure } from './describeGithubFailure';
import { malformedAnswer } from './malformedAnswer';
import type { RulesetBypass } from './protectionReading';

/** Bypass actors read at most: a longer list is not GitHub's. */
const MAX_BYPASS_ACTORS = 1000;

// `repository-ruleset-bypass-actor` of GitHub's OpenAPI description. The
// actor types and modes are read as text, so that one GitHub adds is named
// rather than refused.
const bypassActorSchema = z.object({
  actor_id: z.number().int().nullish(),
  actor_type: z.string().min(1).max(100),
  bypass_mode: z.string().min(1).max(100).optional(),
});

// `repository-ruleset`: id, name, source and enforcement are required;
// `bypass_actors` is only shown to a token with write access to the ruleset.
const rulesetSchema = z.object({
  id: z.number().int().positive(),
  name: z.string().max(1000),
  source_type: z.string().min(1).max(100).optional(),
  source: z.string().max(300),
  enforcement: z.enum(['disabled', 'active', 'evaluate']),
  bypass_actors: z.array(bypassActorSchema).max(MAX_BYPASS_ACTORS).optional(),
});

/** What `GET .../rulesets/{ruleset_id}` told of one ruleset. */
export type RulesetReading =
  | {
      state: 'read';
      name: string;
      sourceType?: string;
      source: string;
      bypass: RulesetBypass;
    }
  | { state: 'unread'; reason: string }
  /** A failure every later request would meet too. */
  | { state: 'stopped'; failure: GithubFailure };

/**
 * `GET /repos/{owner}/{repo}/rulesets/{ruleset_id}?includes_parents=true`:
 * the name of a ruleset that applies to the repository, its own or its
 * organisation's, and who may bypass it. GitHub leaves `bypass_actors` out
 * for a token that may not edit the ruleset: then who may bypass it is not
 * known, and said so.
 */
export async function readRuleset(
  octokit: Octokit,
  { owner, name: repo }: RepositorySlug,
  id: number,
  options: { signal: AbortSignal; token?: string },
): Promise<RulesetReading> {
  let data: unknown;
  try {
    ({ data } = await octokit.rest.repos.getRepoRuleset({
      owner,
      repo,
      ruleset_id: id,
      includes_parents: true,
      request: { signal: options.signal },
    }));
  } catch (error) {
    const failure = describeGithubFailure(error, options.token);
    if (failure.stopsRun) {
      return { state: 'stopped', failure };
    }
    if (failure.status === 403 || failure.status === 404) {
      return {
        state: 'unread',
        reason: `GitHub did not show the ruleset to the token (HTTP ${
          failure.status
        }${failure.githubMessage ? `: ${failure.githubMessage}` : ''})`,
      };
    }
    return { state: 'unread', reason: failure.reason };
  }
  const parsed = rulesetSchema.safeParse(data);
  if (!parsed.success) {
    return {
      state: 'unread',
      reason: malformedAnswer('a ruleset', parsed.error).reason,
    };
  }
  if (parsed.data.id !== id) {
    return {
      state: 'unread',
      reason: `GitHub answered ruleset ${parsed.data.id} when asked for ruleset ${id}`,
    };
  }
  const actors = parsed.data.bypass_actors;
  return {
    state: 'read',
    name: parsed.data.name,
    ...(parsed.data.source_type && { sourceType: parsed.data.source_type }),
    source: parsed.data.source,
    bypass: actors
      ? {
          state: 'read',
          actors: actors.map(actor => ({
            actorType: actor.actor_type,
            actorId: actor.actor_id ?? null,
            // GitHub's default when it names no mode.
            bypassMode: actor.bypass_mode ?? 'always',
          })),
        }
      : {
          state: 'unread',
          reason:
            'GitHub did not list who may bypass it: it shows bypass_actors only to a token with write access to the ruleset',
        },
  };
}
