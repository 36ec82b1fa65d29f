import type { Octokit } from '@octokit/rest';
import type { RepositorySlug } from '../catalog/repositorySlug';
import type { ProtectionReading, RulesetFacts } from './protectionReading';
import { readBranchProtection } from './readBranchProtection';
import { readBranchRules, RulesetRules } from './readBranchRules';
import { readDefaultBranch } from './readDefaultBranch';
import { readRuleset, RulesetReading } from './readRuleset';

/** Rulesets of one branch whose name and bypass list are read, at most. */
export const MAX_RULESETS_READ = 25;

/**
 * The rulesets of organisations (and enterprises) read in one run, by
 * source and id: one applies alike to every repository it targets, so it is
 * asked for once.
 */
export type RulesetCache = Map<string, Promise<RulesetReading>>;

export interface ReadBranchEvidenceOptions {
  signal: AbortSignal;
  token?: string;
  rulesetCache: RulesetCache;
}

function sharedKey(ruleset: RulesetRules, id: number): string | undefined {
  const { sourceType, source } = ruleset;
  if (!sourceType || !source || sourceType === 'Repository') {
    return undefined;
  }
  return `${sourceType}/${source}#${id}`.toLowerCase();
}

function readRulesetOnce(
  octokit: Octokit,
  slug: RepositorySlug,
  ruleset: RulesetRules & { id: number },
  options: ReadBranchEvidenceOptions,
): Promise<RulesetReading> {
  const key = sharedKey(ruleset, ruleset.id);
  const cached = key ? options.rulesetCache.get(key) : undefined;
  if (cached) {
    return cached;
  }
  const reading = readRuleset(octokit, slug, ruleset.id, options);
  if (key) {
    options.rulesetCache.set(key, reading);
  }
  return reading;
}

/** The ruleset's rules with what its own page said of it. */
function withReading(
  ruleset: RulesetRules,
  reading: Exclude<RulesetReading, { state: 'stopped' }>,
): RulesetFacts {
  if (reading.state === 'unread') {
    return { ...ruleset, bypass: { state: 'unread', reason: reading.reason } };
  }
  if (
    ruleset.source &&
    ruleset.source.toLowerCase() !== reading.source.toLowerCase()
  ) {
    return {
      ...ruleset,
      bypass: {
        state: 'unread',
        reason: `GitHub answered a ruleset of ${reading.source} where its rules name ${ruleset.source}`,
      },
    };
  }
  const sourceType = ruleset.sourceType ?? reading.sourceType;
  return {
    ...ruleset,
    name: reading.name,
    ...(sourceType && { sourceType }),
    source: ruleset.source ?? reading.source,
    bypass: reading.bypass,
  };
}

/**
 * Everything GitHub says protects the default branch of one repository: the
 * repository (for its default branch), the classic branch protection, the
 * rules of the rulesets that apply to the branch, and each such ruleset's
 * name and bypass list. After a failure that every later request would meet
 * too (the token refused, the rate limit, GitHub unreachable), nothing more
 * is asked and the repository is unreadable; a source GitHub did not show
 * is kept as such, for the check to weigh.
 */
export async function readBranchEvidence(
  octokit: Octokit,
  slug: RepositorySlug,
  options: ReadBranchEvidenceOptions,
): Promise<ProtectionReading> {
  const named = await readDefaultBranch(octokit, slug, options);
  if ('failure' in named) {
    return { state: 'unreadable', failure: named.failure };
  }
  const { branch } = named;

  const classic = await readBranchProtection(octokit, slug, branch, options);
  if (
    classic.state === 'unreadable' &&
    (classic.failure.stopsRun ||
      (classic.failure.status === 404 &&
        classic.failure.githubMessage === 'Branch not found'))
  ) {
    return { state: 'unreadable', branch, failure: classic.failure };
  }

  const rules = await readBranchRules(octokit, slug, branch, options);
  if (rules.state === 'unreadable' && rules.failure.stopsRun) {
    return { state: 'unreadable', branch, failure: rules.failure };
  }
  if (rules.state !== 'read') {
    return { state: 'read', branch, classic, rulesets: rules };
  }

  const rulesets: RulesetFacts[] = [];
  for (const [index, ruleset] of rules.rulesets.entries()) {
    const { id } = ruleset;
    if (id === undefined) {
      rulesets.push({
        ...ruleset,
        bypass: {
          state: 'unread',
          reason: 'GitHub named no ruleset for these rules',
        },
      });
      continue;
    }
    if (index >= MAX_RULESETS_READ) {
      rulesets.push({
        ...ruleset,
        bypass: {
          state: 'unread',
          reason: `not asked: more than ${MAX_RULESETS_READ} rulesets apply to ${branch}`,
        },
      });
      continue;
    }
    const reading = await readRulesetOnce(
      octokit,
      slug,
      { ...ruleset, id },
      options,
    );
    if (reading.state === 'stopped') {
      return { state: 'unreadable', branch, failure: reading.failure };
    }
    rulesets.push(withReading(ruleset, reading));
  }
  return {
    state: 'read',
    branch,
    classic,
    rulesets: { state: 'read', rulesets, otherRules: rules.otherRules },
  };
}
