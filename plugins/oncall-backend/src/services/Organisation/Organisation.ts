import {
  Entity,
  parseEntityRef,
  RELATION_CHILD_OF,
  RELATION_HAS_MEMBER,
  RELATION_MEMBER_OF,
  RELATION_PARENT_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  entityRefName,
  normaliseEntityRef,
  OnCallPerson,
  PHONE_ANNOTATION,
  SLACK_HANDLE_ANNOTATION,
} from '@localplus/plugin-oncall-common';
import { CRITICALITY_ANNOTATION } from '@localplus/plugin-tiers-common';

/** On a Group: the user ref of its lead, who may change its rotations' overrides. */
export const LEAD_ANNOTATION = 'localplus.io/lead';

export interface OrgComponent {
  ref: string;
  /** The owner's ref, lower-cased (`group:default/team-loyalty`). */
  owner?: string;
  /** Upper-cased (`P0`), when labelled. */
  criticality?: string;
}

/** Refs compare lower-cased, as the catalog writes the refs of its relations. */
function refOf(
  text: unknown,
  defaultKind: string,
  defaultNamespace: string,
): string | undefined {
  if (typeof text !== 'string' || !text.trim()) {
    return undefined;
  }
  try {
    return stringifyEntityRef(
      parseEntityRef(text.trim(), { defaultKind, defaultNamespace }),
    ).toLocaleLowerCase('en-US');
  } catch {
    return undefined;
  }
}

/** The ref of an entity's `spec.owner` (a group unless it says otherwise), lower-cased. */
export function ownerRef(entity: Entity): string | undefined {
  const owner = (entity.spec as { owner?: unknown } | undefined)?.owner;
  return refOf(owner, 'group', entity.metadata.namespace ?? 'default');
}

const entityRefOf = (entity: Entity) =>
  stringifyEntityRef(entity).toLocaleLowerCase('en-US');

function relationTargets(entity: Entity, type: string): string[] {
  return (entity.relations ?? [])
    .filter(relation => relation.type === type)
    .map(relation => relation.targetRef.toLocaleLowerCase('en-US'));
}

function stringList(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string')
    : [];
}

/**
 * The organisation as the catalog describes it, read once: groups and their
 * parents, people and their groups, components and their owners. Nested
 * groups count: a member of a child group is a member of its parents.
 * Cycles in the catalog's parent links end the walk instead of looping.
 */
export class Organisation {
  private readonly parents = new Map<string, Set<string>>();
  private readonly children = new Map<string, Set<string>>();
  private readonly leads = new Map<string, string>();
  private readonly people = new Map<string, OnCallPerson>();
  private readonly directMembers = new Map<string, Set<string>>();
  private readonly componentsByRef = new Map<string, OrgComponent>();
  private readonly descendantsMemo = new Map<string, ReadonlySet<string>>();

  static fromEntities(entities: {
    groups: Entity[];
    users: Entity[];
    components: Entity[];
  }): Organisation {
    const organisation = new Organisation();
    entities.groups.forEach(group => organisation.addGroup(group));
    entities.users.forEach(user => organisation.addUser(user));
    entities.components.forEach(c => organisation.addComponent(c));
    return organisation;
  }

  private constructor() {}

  /** The group and the groups above it, nearest first. */
  ancestors(groupRef: string): string[] {
    const result: string[] = [];
    const seen = new Set<string>();
    const queue = [groupRef.toLocaleLowerCase('en-US')];
    while (queue.length > 0) {
      const ref = queue.shift()!;
      if (!seen.has(ref)) {
        seen.add(ref);
        result.push(ref);
        queue.push(...(this.parents.get(ref) ?? []));
      }
    }
    return result;
  }

  /** The group and every group below it. */
  descendants(groupRef: string): ReadonlySet<string> {
    const start = groupRef.toLocaleLowerCase('en-US');
    let result = this.descendantsMemo.get(start);
    if (!result) {
      const seen = new Set<string>();
      const queue = [start];
      while (queue.length > 0) {
        const ref = queue.shift()!;
        if (!seen.has(ref)) {
          seen.add(ref);
          queue.push(...(this.children.get(ref) ?? []));
        }
      }
      result = seen;
      this.descendantsMemo.set(start, result);
    }
    return result;
  }

  /** Users in the group or in a group below it, sorted. */
  members(groupRef: string): string[] {
    const members = new Set<string>();
    for (const group of this.descendants(groupRef)) {
      this.directMembers.get(group)?.forEach(user => members.add(user));
    }
    return [...members].sort();
  }

  /** The `localplus.io/lead` of a group, as a user ref. */
  lead(groupRef: string): string | undefined {
    return this.leads.get(groupRef.toLocaleLowerCase('en-US'));
  }

  /** A person's display data; people unknown to the catalog get their name. */
  person(ref: string): OnCallPerson {
    return (
      this.people.get(ref.toLocaleLowerCase('en-US')) ?? {
        ref,
        displayName: entityRefName(ref),
      }
    );
  }

  isUser(ref: string): boolean {
    return this.people.has(ref.toLocaleLowerCase('en-US'));
  }

  component(ref: string): OrgComponent | undefined {
    return this.componentsByRef.get(ref.toLocaleLowerCase('en-US'));
  }

  components(): OrgComponent[] {
    return [...this.componentsByRef.values()];
  }

  private link(parent: string, child: string) {
    const parents = this.parents.get(child) ?? new Set<string>();
    parents.add(parent);
    this.parents.set(child, parents);
    const children = this.children.get(parent) ?? new Set<string>();
    children.add(child);
    this.children.set(parent, children);
  }

  private addMember(group: string, user: string) {
    const members = this.directMembers.get(group) ?? new Set<string>();
    members.add(user);
    this.directMembers.set(group, members);
  }

  private addGroup(entity: Entity) {
    const ref = entityRefOf(entity);
    const namespace = entity.metadata.namespace ?? 'default';
    const spec = (entity.spec ?? {}) as Record<string, unknown>;
    const parent = refOf(spec.parent, 'group', namespace);
    if (parent) {
      this.link(parent, ref);
    }
    relationTargets(entity, RELATION_CHILD_OF).forEach(p => this.link(p, ref));
    for (const child of stringList(spec.children)) {
      const childRef = refOf(child, 'group', namespace);
      if (childRef) {
        this.link(ref, childRef);
      }
    }
    relationTargets(entity, RELATION_PARENT_OF).forEach(c => this.link(ref, c));
    for (const member of stringList(spec.members)) {
      const userRef = refOf(member, 'user', namespace);
      if (userRef) {
        this.addMember(ref, userRef);
      }
    }
    relationTargets(entity, RELATION_HAS_MEMBER).forEach(u =>
      this.addMember(ref, u),
    );
    const lead = entity.metadata.annotations?.[LEAD_ANNOTATION];
    const leadRef = lead ? normaliseEntityRef(lead, 'user') : undefined;
    if (leadRef) {
      this.leads.set(ref, leadRef);
    }
  }

  private addUser(entity: Entity) {
    const ref = entityRefOf(entity);
    const namespace = entity.metadata.namespace ?? 'default';
    const spec = (entity.spec ?? {}) as {
      profile?: { displayName?: unknown; email?: unknown };
      memberOf?: unknown;
    };
    const annotations = entity.metadata.annotations ?? {};
    const text = (value: unknown) =>
      typeof value === 'string' && value.trim() ? value.trim() : undefined;
    const email = text(spec.profile?.email);
    const phone = text(annotations[PHONE_ANNOTATION]);
    const slackHandle = text(annotations[SLACK_HANDLE_ANNOTATION]);
    this.people.set(ref, {
      ref,
      displayName:
        text(spec.profile?.displayName) ??
        text(entity.metadata.title) ??
        entity.metadata.name,
      ...(email ? { email } : {}),
      ...(phone ? { phone } : {}),
      ...(slackHandle ? { slackHandle } : {}),
    });
    for (const group of stringList(spec.memberOf)) {
      const groupRef = refOf(group, 'group', namespace);
      if (groupRef) {
        this.addMember(groupRef, ref);
      }
    }
    relationTargets(entity, RELATION_MEMBER_OF).forEach(g =>
      this.addMember(g, ref),
    );
  }

  private addComponent(entity: Entity) {
    const ref = entityRefOf(entity);
    // The catalog files carry it as a label too; either one counts.
    const criticality =
      entity.metadata.labels?.[CRITICALITY_ANNOTATION] ??
      entity.metadata.annotations?.[CRITICALITY_ANNOTATION];
    const owner = ownerRef(entity);
    this.componentsByRef.set(ref, {
      ref,
      ...(owner ? { owner } : {}),
      ...(criticality?.trim()
        ? { criticality: criticality.trim().toUpperCase() }
        : {}),
    });
  }
}
