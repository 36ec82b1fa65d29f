import type { PagerDutyUser } from '../client/schemas';

/** A problem found while mapping, before it is attached to an entity. */
export interface MappingProblem {
  /** Where in PagerDuty's objects, e.g. `schedules/PI7DH85.schedule_layers[0].users[1]`. */
  field?: string;
  message: string;
}

/** The user entity ref the portal shows for a PagerDuty user it cannot match. */
export function placeholderUserRef(pagerDutyUserId: string): string {
  return `user:default/pagerduty-${pagerDutyUserId.toLowerCase()}`;
}

/**
 * Matches PagerDuty users to catalog users by e-mail, case-insensitively.
 * A user without a match keeps a placeholder ref, so that the schedule still
 * shows a turn for them, and yields one problem naming the e-mail.
 */
export class UserDirectory {
  private readonly pagerDutyUsers: Map<string, PagerDutyUser>;

  constructor(
    pagerDutyUsers: PagerDutyUser[],
    private readonly catalogUsersByEmail: Map<string, string>,
  ) {
    this.pagerDutyUsers = new Map(pagerDutyUsers.map(user => [user.id, user]));
  }

  /** The catalog ref of a PagerDuty user, or a placeholder and the reason. */
  resolve(pagerDutyUserId: string): { ref: string; problem?: string } {
    const user = this.pagerDutyUsers.get(pagerDutyUserId);
    if (!user) {
      return {
        ref: placeholderUserRef(pagerDutyUserId),
        problem: `PagerDuty user ${pagerDutyUserId} is not in GET /users; shown as ${placeholderUserRef(
          pagerDutyUserId,
        )}`,
      };
    }
    const ref = this.catalogUsersByEmail.get(user.email.trim().toLowerCase());
    if (ref) {
      return { ref };
    }
    return {
      ref: placeholderUserRef(user.id),
      problem: `No catalog user has the e-mail ${
        user.email
      } of PagerDuty user ${user.name ?? user.id} (${
        user.id
      }); shown as ${placeholderUserRef(user.id)}`,
    };
  }
}

/**
 * Resolves users for one rotation, reporting each unmatched person once (at
 * the first place they appear) rather than at every layer and rule.
 */
export class RotationUsers {
  private readonly reported = new Set<string>();
  readonly problems: MappingProblem[] = [];

  constructor(private readonly directory: UserDirectory) {}

  ref(pagerDutyUserId: string, field: string): string {
    const { ref, problem } = this.directory.resolve(pagerDutyUserId);
    if (problem && !this.reported.has(pagerDutyUserId)) {
      this.reported.add(pagerDutyUserId);
      this.problems.push({ field, message: problem });
    }
    return ref;
  }
}
