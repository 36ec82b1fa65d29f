import type { Octokit } from '@octokit/rest';
import { z } from 'zod';
import type { RepositorySlug } from '../catalog/repositorySlug';
import {
  describeGithubFailure,
  GithubFailure,
  isPlanRefusal,
} from './describeGithubFailure';
import { malformedAnswer } from './malformedAnswer';
import type { RulesetFacts } from './protectionReading';

/** GitHub's largest page. */
export const RULES_PER_PAGE = 100;
/** Pages read at most: a branch's rulesets set a few rules each, seldom a page's worth. */
export const MAX_RULE_PAGES = 10;

// `repository-rule-detailed` of GitHub's OpenAPI description: `type` and the
// ruleset it comes from (`repository-rule-ruleset-info`, every field
// optional). The parameters are read only for the rules the check reads.
const ruleSchema = z.object({
  type: z.string().min(1).max(100),
  parameters: z.unknown().optional(),
  ruleset_source_type: z.string().min(1).max(100).optional(),
  ruleset_source: z.string().min(1).max(300).optional(),
  ruleset_id: z
    .number()
    .int()
    .positive()
    .max(Number.MAX_SAFE_INTEGER)
    .optional(),
});

const pageSchema = z.array(ruleSchema).max(RULES_PER_PAGE);

// `repository-rule-pull-request`: the parameters are optional, but when
// present these are required. GitHub's maximum is 10 reviews; a larger
// count is still a count, not a malformed answer.
const pullRequestParameters = z
  .object({
    required_approving_review_count: z.number().int().min(0).max(100),
    dismiss_stale_reviews_on_push: z.boolean(),
    require_code_owner_review: z.boolean(),
  })
  .optional();

type Rule = z.infer<typeof ruleSchema>;

/** The rules of one ruleset, before its name and bypass list are read. */
export type RulesetRules = Omit<RulesetFacts, 'name' | 'bypass'>;

export type BranchRules =
  | { state: 'read'; rulesets: RulesetRules[]; otherRules: number }
  | { state: 'unavailable'; githubMessage: string }
  | { state: 'unreadable'; failure: GithubFailure };

const CHECKED_TYPES = new Set(['pull_request', 'non_fast_forward', 'deletion']);

function rulesetKey(rule: Rule): string {
  return rule.ruleset_id !== undefined
    ? `#${rule.ruleset_id}`
    : `${rule.ruleset_source_type ?? ''}/${rule.ruleset_source ?? ''}`;
}

/**
 * The rules GitHub listed, by ruleset: several rulesets may set the same
 * rule, and each is named as a source. A ruleset with two pull request
 * rules (GitHub does not write that) is held to the stricter.
 */
function groupByRuleset(
  rules: readonly Rule[],
): { rulesets: RulesetRules[] } | { failure: GithubFailure } {
  const byKey = new Map<string, RulesetRules>();
  for (const [index, rule] of rules.entries()) {
    if (!CHECKED_TYPES.has(rule.type)) {
      continue;
    }
    const key = rulesetKey(rule);
    const ruleset = byKey.get(key) ?? {
      ...(rule.ruleset_id !== undefined && { id: rule.ruleset_id }),
      ...(rule.ruleset_source_type && { sourceType: rule.ruleset_source_type }),
      ...(rule.ruleset_source && { source: rule.ruleset_source }),
      blocksForcePushes: false,
      blocksDeletion: false,
    };
    byKey.set(key, ruleset);
    if (rule.type === 'non_fast_forward') {
      ruleset.blocksForcePushes = true;
    } else if (rule.type === 'deletion') {
      ruleset.blocksDeletion = true;
    } else {
      const parameters = pullRequestParameters.safeParse(rule.parameters);
      if (!parameters.success) {
        return {
          failure: malformedAnswer('rules', parameters.error, [
            index,
            'parameters',
          ]),
        };
      }
      const found = parameters.data;
      const known = ruleset.pullRequest;
      ruleset.pullRequest = {
        approvingReviews: Math.max(
          known?.approvingReviews ?? 0,
          found?.required_approving_review_count ?? 0,
        ),
        dismissStaleReviews:
          (known?.dismissStaleReviews ?? false) ||
          (found?.dismiss_stale_reviews_on_push ?? false),
        requireCodeOwnerReviews:
          (known?.requireCodeOwnerReviews ?? false) ||
          (found?.require_code_owner_review ?? false),
      };
    }
  }
  return { rulesets: [...byKey.values()] };
}

function hasNextPage(headers: { link?: string }): boolean {
  return /rel="next"/.test(headers.link ?? '');
}

/**
 * `GET /repos/{owner}/{repo}/rules/branches/{branch}`: every active rule that
 * applies to the branch, from the repository's rulesets and its
 * organisation's, page by page. Pages are asked for by number: a `Link`
 * header only says whether there is another, so a server can never send the
 * token elsewhere. A 404 means no rulesets (a server without them); a 403
 * "Upgrade to GitHub Pro" means a plan without them.
 */
export async function readBranchRules(
  octokit: Octokit,
  { owner, name: repo }: RepositorySlug,
  branch: string,
  options: { signal: AbortSignal; token?: string },
): Promise<BranchRules> {
  const rules: Rule[] = [];
  for (let page = 1; ; page += 1) {
    if (page > MAX_RULE_PAGES) {
      return {
        state: 'unreadable',
        failure: {
          reason: `GitHub listed more than ${
            MAX_RULE_PAGES * RULES_PER_PAGE
          } rules for ${branch}; none was used`,
          stopsRun: false,
        },
      };
    }
    let answer: { data: unknown; headers: { link?: string } };
    try {
      answer = await octokit.rest.repos.getBranchRules({
        owner,
        repo,
        branch,
        per_page: RULES_PER_PAGE,
        page,
        request: { signal: options.signal },
      });
    } catch (error) {
      const failure = describeGithubFailure(error, options.token);
      if (failure.status === 404) {
        return { state: 'read', rulesets: [], otherRules: 0 };
      }
      if (isPlanRefusal(failure)) {
        return { state: 'unavailable', githubMessage: failure.githubMessage! };
      }
      if (failure.status === 403 && !failure.stopsRun) {
        failure.reason = `GitHub refused access to the rules of ${branch} (HTTP 403${
          failure.githubMessage ? `: ${failure.githubMessage}` : ''
        })`;
      }
      return { state: 'unreadable', failure };
    }
    if (Array.isArray(answer.data) && answer.data.length > RULES_PER_PAGE) {
      return {
        state: 'unreadable',
        failure: {
          reason: `GitHub answered ${answer.data.length} rules on a page of at most ${RULES_PER_PAGE}; none was used`,
          stopsRun: false,
        },
      };
    }
    const parsed = pageSchema.safeParse(answer.data);
    if (!parsed.success) {
      return {
        state: 'unreadable',
        failure: malformedAnswer('rules', parsed.error),
      };
    }
    rules.push(...parsed.data);
    if (parsed.data.length < RULES_PER_PAGE || !hasNextPage(answer.headers)) {
      break;
    }
  }
  const grouped = groupByRuleset(rules);
  if ('failure' in grouped) {
    return { state: 'unreadable', failure: grouped.failure };
  }
  const checked = rules.filter(rule => CHECKED_TYPES.has(rule.type)).length;
  return {
    state: 'read',
    rulesets: grouped.rulesets,
    otherRules: rules.length - checked,
  };
}
