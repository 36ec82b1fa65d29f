import type { AuditorService } from '@backstage/backend-plugin-api';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import {
  checkOverride,
  computeSchedule,
  CreateOverrideRequest,
  CreateSwapRequest,
  NATIVE_PROVIDER_ID,
  normaliseEntityRef,
  planSwap,
  ScheduleOverride,
} from '@localplus/plugin-oncall-common';
import {
  type AuditedChange,
  createAuditedChange,
} from '@localplus/plugin-access-node';
import type { ProvidedRotation } from '@localplus/plugin-oncall-node';
import type { Request } from 'express';
import type { OnCallAccess } from '../../onCallAccess';
import type { OrganisationSource } from '../Organisation';
import type { OverrideStore, StoredOverride } from '../OverrideStore';
import type { RotationService } from '../RotationService/RotationService';

/** The signed-in person asking, and their request for the audit trail. */
export interface OverrideCaller {
  userRef: string;
  request?: Request;
}

export interface OverrideServiceOptions {
  rotations: RotationService;
  store: OverrideStore;
  organisation: OrganisationSource;
  access: OnCallAccess;
  auditor: AuditorService;
  now: () => Date;
  /** Called after every change, so cached overrides are read again. */
  onChange: () => void;
}

const WEEK_MS = 7 * 86_400_000;

/** Every change of overrides is one kind of audit event. */
const OVERRIDE_EVENT = {
  eventId: 'oncall-override',
  severityLevel: 'medium',
} as const;

/**
 * Creating, swapping and cancelling overrides of native rotations: the
 * rotation's own rule on who may (its people and its groups' leads), the
 * engine's checks, then the store, which re-checks overlaps in its
 * transaction. Each attempt, refused or not, is an audit event.
 */
export class OverrideService {
  private readonly audited: AuditedChange<'oncall-override', 'medium'>;

  constructor(private readonly options: OverrideServiceOptions) {
    this.audited = createAuditedChange(options.auditor);
  }

  async create(
    name: string,
    body: CreateOverrideRequest,
    caller: OverrideCaller,
  ): Promise<ScheduleOverride> {
    const meta = { action: 'create', rotation: name, role: body.role };
    return this.audited(
      { ...OVERRIDE_EVENT, request: caller.request, meta },
      async () => {
        const rotation = await this.changeableRotation(name, caller);
        const { definition } = rotation;
        const user = normaliseEntityRef(body.user, 'user');
        if (!user) {
          throw new InputError(
            `user must be a user entity ref, got ${body.user}`,
          );
        }
        const { role, start, end } = body;
        const existing = await this.options.rotations.overrides(
          name,
          start,
          end,
        );
        const refusal = checkOverride(
          definition,
          existing,
          { role, start, end, user },
          this.nowIso(),
        );
        if (refusal) {
          throw new InputError(refusal);
        }
        const holders = computeSchedule(definition, existing, {
          from: start,
          to: end,
        }).filter(shift => shift.role === role);
        const span = new Date(end).getTime() - new Date(start).getTime();
        const heldByUser = holders
          .filter(shift => shift.user === user)
          .reduce((sum, s) => sum + Date.parse(s.end) - Date.parse(s.start), 0);
        if (heldByUser >= span) {
          throw new InputError(
            `${user} already holds ${role} over that whole span: nothing to override`,
          );
        }
        const replaces = holders.find(shift => shift.user !== user)?.user;
        const [created] = await this.options.store.create({
          drafts: [
            {
              rotation: name,
              role,
              start,
              end,
              user,
              ...(replaces ? { replaces } : {}),
              reason: body.reason,
            },
          ],
          actor: caller.userRef,
          at: this.nowIso(),
        });
        this.options.onChange();
        return { result: created, meta: { overrideIds: [created.id] } };
      },
    );
  }

  async swap(
    name: string,
    body: CreateSwapRequest,
    caller: OverrideCaller,
  ): Promise<ScheduleOverride[]> {
    const meta = { action: 'swap', rotation: name, role: body.role };
    return this.audited(
      { ...OVERRIDE_EVENT, request: caller.request, meta },
      async () => {
        const rotation = await this.changeableRotation(name, caller);
        const starts = [body.firstShiftStart, body.secondShiftStart].map(
          Date.parse,
        );
        // Both shifts, whole, with every override that may shape them.
        const existing = await this.options.rotations.overrides(
          name,
          new Date(Math.min(...starts) - 8 * WEEK_MS).toISOString(),
          new Date(Math.max(...starts) + 9 * WEEK_MS).toISOString(),
        );
        const plan = planSwap(
          rotation.definition,
          existing,
          {
            role: body.role,
            firstShiftStart: body.firstShiftStart,
            secondShiftStart: body.secondShiftStart,
          },
          this.nowIso(),
        );
        if ('refusal' in plan) {
          throw new InputError(plan.refusal);
        }
        const created = await this.options.store.create({
          drafts: plan.overrides.map(draft => ({
            ...draft,
            reason: body.reason,
          })),
          swap: true,
          actor: caller.userRef,
          at: this.nowIso(),
        });
        this.options.onChange();
        return {
          result: created,
          meta: {
            overrideIds: created.map(o => o.id),
            swapId: created[0].swapId ?? null,
          },
        };
      },
    );
  }

  async cancel(
    id: string,
    reason: string,
    caller: OverrideCaller,
  ): Promise<StoredOverride[]> {
    const meta = { action: 'cancel', overrideId: id };
    return this.audited(
      { ...OVERRIDE_EVENT, request: caller.request, meta },
      async () => {
        const stored = await this.options.store.get(id);
        if (!stored) {
          throw await this.unknownOverride(id);
        }
        if (stored.cancelledAt) {
          throw new ConflictError(`The override ${id} is already cancelled`);
        }
        await this.changeableRotation(stored.rotation, caller);
        if (Date.parse(stored.end) <= this.options.now().getTime()) {
          throw new InputError(
            `The override ${id} is over; it stays on the record as it was`,
          );
        }
        const cancelled = await this.options.store.cancel({
          id,
          actor: caller.userRef,
          reason,
          at: this.nowIso(),
        });
        this.options.onChange();
        return {
          result: cancelled,
          meta: {
            rotation: stored.rotation,
            overrideIds: cancelled.map(o => o.id),
          },
        };
      },
    );
  }

  /** The rotation, if it exists, is native and the caller may change it. */
  private async changeableRotation(
    name: string,
    caller: OverrideCaller,
  ): Promise<ProvidedRotation> {
    const rotation = await this.options.rotations.get(name);
    if (!rotation) {
      throw new NotFoundError(`No rotation named ${name}`);
    }
    if (rotation.provider !== NATIVE_PROVIDER_ID) {
      throw new InputError(
        `The rotation ${name} comes from ${rotation.provider}, which keeps its own overrides: change them in ${rotation.provider}`,
      );
    }
    const organisation = await this.options.organisation.current();
    this.options.access.assertMayChange(rotation, organisation, caller.userRef);
    return rotation;
  }

  /** A provider's override is read-only here; anything else is unknown. */
  private async unknownOverride(id: string): Promise<Error> {
    const { rotations } = await this.options.rotations.list();
    const owner = rotations.find(rotation =>
      (rotation.providerOverrides ?? []).some(override => override.id === id),
    );
    return owner
      ? new InputError(
          `The override ${id} is kept by ${owner.provider} for ${owner.definition.name} and is read-only here: cancel it in ${owner.provider}`,
        )
      : new NotFoundError(`No override ${id}`);
  }

  private nowIso(): string {
    return this.options.now().toISOString();
  }
}
