import { NotAllowedError } from '@backstage/errors';
import { BasicPermissionGate } from '@localplus/plugin-access-node';
import type { ProvidedRotation } from '@localplus/plugin-oncall-node';
import type { Organisation } from './services/Organisation';

/** Who may change a rotation's overrides besides what the policy says. */
export interface RotationChangers {
  /** The people of its layers. */
  members: string[];
  /** The leads of its owner group, of the groups it covers and of the groups below them. */
  leads: string[];
}

/**
 * The on-call routes' questions about access: the permission policy
 * (through `coreServices.permissions`) for every route, and the rotation's
 * own rule for overrides: only its people and the leads of its groups may
 * change who is on call.
 */
export class OnCallAccess extends BasicPermissionGate {
  changers(
    rotation: ProvidedRotation,
    organisation: Organisation,
  ): RotationChangers {
    const { definition } = rotation;
    const members = new Set(
      definition.layers.flatMap(layer =>
        layer.members.map(m => m.toLocaleLowerCase('en-US')),
      ),
    );
    // Team leads: of the owner, of the groups covered and of every team
    // below them, whose services the rotation answers for.
    const leads = new Set<string>();
    for (const covered of [definition.owner, ...definition.covers]) {
      for (const group of organisation.descendants(covered)) {
        const lead = organisation.lead(group);
        if (lead) {
          leads.add(lead);
        }
      }
    }
    return { members: [...members].sort(), leads: [...leads].sort() };
  }

  mayChange(
    rotation: ProvidedRotation,
    organisation: Organisation,
    userRef: string,
  ): boolean {
    const user = userRef.toLocaleLowerCase('en-US');
    const { members, leads } = this.changers(rotation, organisation);
    return members.includes(user) || leads.includes(user);
  }

  /** Refuses with NotAllowedError (403), saying who may, unless `userRef` may change the rotation. */
  assertMayChange(
    rotation: ProvidedRotation,
    organisation: Organisation,
    userRef: string,
  ): void {
    if (this.mayChange(rotation, organisation, userRef)) {
      return;
    }
    const { members, leads } = this.changers(rotation, organisation);
    const name = rotation.definition.name;
    throw new NotAllowedError(
      `Only the people of ${name}'s layers (${members.join(', ')})${
        leads.length > 0
          ? ` and the leads of its groups (${leads.join(', ')})`
          : ''
      } may change its overrides; ${userRef} is neither`,
    );
  }
}
