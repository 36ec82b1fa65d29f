import type {
  BranchProtectionFacts,
  BypassActor,
  ProtectionReading,
  RulesetFacts,
} from '../github/protectionReading';
import type { AdminBinding, ProtectionSource } from './combineProtection';
import { listed } from './protectionSentences';

/**
 * The ids GitHub gives the base repository roles in a ruleset's bypass list
 * (`actor_type: RepositoryRole`). GitHub's OpenAPI description does not list
 * them: they are those its ruleset editor writes (admin 5, maintain 2,
 * write 4). Roles are cumulative, an administrator holding every permission
 * of maintain and write, so a bypass granted to either lets administrators
 * through too (and many more people). A custom role's id is not one of
 * these: it is named, not counted as administrators.
 */
const ROLES_ADMINS_HOLD: Record<number, string> = {
  5: 'repository admins',
  2: 'the maintain role',
  4: 'the write role',
};

/** A source GitHub did not show, and why. */
export interface UnreadSource {
  label: string;
  reason: string;
  status?: number;
}

/** Every source of protection of a branch, and what could not be read. */
export interface BranchSources {
  sources: ProtectionSource[];
  unread: UnreadSource[];
  /** Why there is no classic protection, when there is none. */
  classicAbsence?: string;
  /** Why no ruleset protects the branch, when none does. */
  rulesetsAbsence?: string;
  /** The plan's refusal, when GitHub gave the same for both sources. */
  planRefusal?: string;
}

export const CLASSIC_LABEL = 'branch protection';

const MAX_SHOWN = 80;

/** Text from GitHub fit for a sentence: one line, 80 characters at most. */
function shown(text: string): string {
  // eslint-disable-next-line no-control-regex
  const line = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return line.length > MAX_SHOWN ? `${line.slice(0, MAX_SHOWN)}…` : line;
}

const SOURCE_TYPES: Record<string, string> = {
  Repository: 'repository',
  Organization: 'organisation',
  Enterprise: 'enterprise',
};

/** `ruleset 'main protection' of organisation localplus`. */
export function rulesetLabel(
  ruleset: Pick<RulesetFacts, 'id' | 'name' | 'sourceType' | 'source'>,
): string {
  const named =
    ruleset.name !== undefined
      ? `ruleset '${shown(ruleset.name)}'`
      : `ruleset ${ruleset.id ?? '(unnamed)'}`;
  const kind = ruleset.sourceType
    ? SOURCE_TYPES[ruleset.sourceType] ?? shown(ruleset.sourceType)
    : undefined;
  const origin = [kind, ruleset.source && shown(ruleset.source)]
    .filter(Boolean)
    .join(' ');
  return origin ? `${named} of ${origin}` : named;
}

/** How an actor may bypass a ruleset, as the end of "lets X bypass it ...". */
const MODES: Record<string, string> = {
  always: 'at any time',
  pull_request: 'through pull requests',
  exempt: 'silently (exempt from its rules)',
};

/** Who the actor is, when administrators are among those it lets through. */
function administrator(actor: BypassActor): string | undefined {
  switch (actor.actorType) {
    case 'OrganizationAdmin':
      return 'organisation admins';
    case 'EnterpriseOwner':
      return 'enterprise owners';
    case 'RepositoryRole':
      return actor.actorId === null
        ? undefined
        : ROLES_ADMINS_HOLD[actor.actorId];
    default:
      return undefined;
  }
}

function rulesetAdministrators(
  label: string,
  bypass: RulesetFacts['bypass'],
): AdminBinding {
  if (bypass.state === 'unread') {
    return {
      state: 'unknown',
      why: `who may bypass ${label} could not be read: ${bypass.reason}`,
    };
  }
  const admins = bypass.actors.flatMap(actor => {
    const who = administrator(actor);
    const mode = MODES[actor.bypassMode] ?? shown(actor.bypassMode);
    return who ? [{ who, mode }] : [];
  });
  if (admins.length === 0) {
    return { state: 'bound' };
  }
  const modes = new Set(admins.map(admin => admin.mode));
  const whom =
    modes.size === 1
      ? `${listed(admins.map(admin => admin.who))} bypass it ${[...modes][0]}`
      : listed(
          admins.map(({ who, mode }, index) =>
            index === 0 ? `${who} bypass it ${mode}` : `${who} ${mode}`,
          ),
        );
  return { state: 'exempt', why: `${label} lets ${whom}` };
}

function classicSource(facts: BranchProtectionFacts): ProtectionSource {
  const rules = {
    ...(facts.approvingReviews !== undefined && {
      approvingReviews: facts.approvingReviews,
    }),
    dismissStaleReviews: facts.dismissStaleReviews,
    requireCodeOwnerReviews: facts.requireCodeOwnerReviews,
    blocksForcePushes: !facts.allowForcePushes,
    blocksDeletions: !facts.allowDeletions,
  };
  const administrators: AdminBinding = facts.enforceAdmins
    ? { state: 'bound' }
    : {
        state: 'exempt',
        why: `${CLASSIC_LABEL} does not apply to administrators (enforce_admins is off)`,
      };
  return {
    kind: 'branch-protection',
    label: CLASSIC_LABEL,
    ...rules,
    administrators,
    details: {
      source: CLASSIC_LABEL,
      approvingReviews: facts.approvingReviews ?? null,
      dismissStaleReviews: facts.dismissStaleReviews,
      requireCodeOwnerReviews: facts.requireCodeOwnerReviews,
      blocksForcePushes: rules.blocksForcePushes,
      blocksDeletions: rules.blocksDeletions,
      administrators: administrators.state,
    },
  };
}

function rulesetSource(ruleset: RulesetFacts): ProtectionSource {
  const label = rulesetLabel(ruleset);
  const administrators = rulesetAdministrators(label, ruleset.bypass);
  const { pullRequest, bypass } = ruleset;
  return {
    kind: 'ruleset',
    label,
    ...(pullRequest && { approvingReviews: pullRequest.approvingReviews }),
    dismissStaleReviews: pullRequest?.dismissStaleReviews ?? false,
    requireCodeOwnerReviews: pullRequest?.requireCodeOwnerReviews ?? false,
    blocksForcePushes: ruleset.blocksForcePushes,
    blocksDeletions: ruleset.blocksDeletion,
    administrators,
    details: {
      source: label,
      rulesetId: ruleset.id ?? null,
      rulesetName: ruleset.name ?? null,
      rulesetSourceType: ruleset.sourceType ?? null,
      rulesetSource: ruleset.source ?? null,
      approvingReviews: pullRequest?.approvingReviews ?? null,
      dismissStaleReviews: pullRequest?.dismissStaleReviews ?? false,
      requireCodeOwnerReviews: pullRequest?.requireCodeOwnerReviews ?? false,
      blocksForcePushes: ruleset.blocksForcePushes,
      blocksDeletions: ruleset.blocksDeletion,
      administrators: administrators.state,
      ...(bypass.state === 'read'
        ? {
            bypassActors: bypass.actors.map(actor => ({
              actorType: actor.actorType,
              actorId: actor.actorId,
              bypassMode: actor.bypassMode,
            })),
          }
        : { bypassActors: null, bypassNotRead: bypass.reason }),
    },
  };
}

/** The sources GitHub showed for a branch, classic protection first. */
export function branchSources(
  reading: Extract<ProtectionReading, { state: 'read' }>,
): BranchSources {
  const { classic, rulesets } = reading;
  const sources: ProtectionSource[] = [];
  const unread: UnreadSource[] = [];
  let classicAbsence: string | undefined;
  let rulesetsAbsence: string | undefined;

  if (classic.state === 'protected') {
    sources.push(classicSource(classic.facts));
  } else if (classic.state === 'unprotected') {
    classicAbsence = 'GitHub: "Branch not protected"';
  } else if (classic.state === 'unavailable') {
    classicAbsence = `${CLASSIC_LABEL} is not available on its plan (GitHub: "${classic.githubMessage}")`;
  } else {
    unread.push({
      label: CLASSIC_LABEL,
      reason: classic.failure.reason,
      ...(classic.failure.status !== undefined && {
        status: classic.failure.status,
      }),
    });
  }

  if (rulesets.state === 'read') {
    sources.push(...rulesets.rulesets.map(rulesetSource));
    if (rulesets.rulesets.length === 0) {
      rulesetsAbsence =
        rulesets.otherRules > 0
          ? 'its rulesets set none of the rules of the check'
          : 'no ruleset applies to it';
    }
  } else if (rulesets.state === 'unavailable') {
    rulesetsAbsence = `rulesets are not available on its plan (GitHub: "${rulesets.githubMessage}")`;
  } else {
    unread.push({
      label: 'the rulesets',
      reason: rulesets.failure.reason,
      ...(rulesets.failure.status !== undefined && {
        status: rulesets.failure.status,
      }),
    });
  }

  const planRefusal =
    classic.state === 'unavailable' &&
    rulesets.state === 'unavailable' &&
    classic.githubMessage === rulesets.githubMessage
      ? classic.githubMessage
      : undefined;
  return {
    sources,
    unread,
    ...(classicAbsence && { classicAbsence }),
    ...(rulesetsAbsence && { rulesetsAbsence }),
    ...(planRefusal && { planRefusal }),
  };
}
