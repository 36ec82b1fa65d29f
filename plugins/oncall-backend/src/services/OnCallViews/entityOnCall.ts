import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import {
  EntityOnCall,
  OnCallNow,
  OnCallPage,
  resolveEscalation,
} from '@localplus/plugin-oncall-common';
import type { IsChanger, OnCallViewContext } from './OnCallViewContext';
import { rotationSummary } from './rotationSummary';

function nowPeople(now: OnCallNow): string[] {
  return [now.primary, now.secondary, now.nextPrimary, now.nextSecondary]
    .filter(shift => shift !== undefined)
    .map(shift => shift.user);
}

function pagePeople(page: OnCallPage): string[] {
  return [page.primary, page.secondary, page.acknowledgedBy].filter(
    (ref): ref is string => ref !== undefined,
  );
}

/**
 * The On call card of a component, or tab of a group: the rotations that
 * answer for it with who is on call now and the escalation chain resolved
 * to people, its open pages, and the problems of the rotation files it
 * depends on (its own, its owner's and the owner's parents', and those of
 * the rotations answering). The entity is looked up as the caller, so one
 * they cannot see is a 404.
 */
export async function entityOnCall(
  context: OnCallViewContext,
  entityRef: string,
  credentials: BackstageCredentials,
  isChanger: IsChanger,
): Promise<EntityOnCall> {
  const entity = await context.catalog.getEntityByRef(entityRef, {
    credentials,
  });
  if (!entity) {
    throw new NotFoundError(`No entity ${entityRef} in the catalog`);
  }
  const ref = entityRef.toLocaleLowerCase('en-US');
  const isGroup = ref.startsWith('group:');
  const [answering, organisation, owner, { problems }] = await Promise.all([
    context.rotations.rotationsFor(ref),
    context.organisation.current(),
    isGroup ? undefined : context.organisation.ownerOf(ref),
    context.rotations.list(),
  ]);
  const at = context.now().toISOString();
  const rotations = await Promise.all(
    answering.map(async rotation => {
      const now = await context.rotations.onCallAt(
        rotation.definition.name,
        at,
      );
      const escalation = resolveEscalation(rotation.definition, now, group =>
        organisation.members(group),
      );
      return {
        summary: rotationSummary(rotation, isChanger(rotation)),
        now,
        escalation,
      };
    }),
  );

  const openPages = isGroup
    ? await openPagesOfRotations(
        context,
        answering.map(r => r.definition.name),
      )
    : await context.pageStore.list({ status: 'open', entityRef: ref });

  const related = new Set<string>([
    ref,
    ...(isGroup ? organisation.ancestors(ref) : []),
    ...(owner?.startsWith('group:') ? organisation.ancestors(owner) : []),
    ...answering.map(r => r.definition.owner.toLocaleLowerCase('en-US')),
  ]);
  const people = await context.rotations.people(
    new Set([
      ...rotations.flatMap(r => [
        ...nowPeople(r.now),
        ...r.escalation.flatMap(step => step.people),
      ]),
      ...openPages.flatMap(pagePeople),
    ]),
  );
  return {
    entityRef: ref,
    rotations,
    people,
    openPages,
    problems: problems.filter(problem =>
      related.has(problem.entityRef.toLocaleLowerCase('en-US')),
    ),
  };
}

async function openPagesOfRotations(
  context: OnCallViewContext,
  names: string[],
): Promise<OnCallPage[]> {
  const lists = await Promise.all(
    names.map(rotation => context.pageStore.list({ status: 'open', rotation })),
  );
  return lists.flat().sort((a, b) => b.firedAt.localeCompare(a.firedAt));
}
