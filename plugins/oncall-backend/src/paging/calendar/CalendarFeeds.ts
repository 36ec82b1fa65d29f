import { NotFoundError, ServiceUnavailableError } from '@backstage/errors';
import type {
  CalendarLink,
  RotationDefinition,
  Shift,
} from '@localplus/plugin-oncall-common';
import type { RotationService } from '../../services/RotationService/RotationService';
import { buildCalendarFeed } from './calendarFeed';
import type { CalendarLinkStore } from './CalendarLinkStore';
import { signCalendarToken, verifyCalendarToken } from './calendarToken';

const DAY_MS = 86_400_000;
/** What a feed shows: two weeks back, twelve ahead. */
const FEED_PAST_MS = 14 * DAY_MS;
const FEED_FUTURE_MS = 84 * DAY_MS;
/**
 * Shifts are asked for this much beyond the feed on each side (a shift
 * lasts at most 8 weeks), so none is cut at the feed's moving edges: an
 * event keeps its start, end and UID from one refresh to the next.
 */
const UNCLIPPED_MARGIN_MS = 8 * 7 * DAY_MS;

/** Creating, listing, revoking and serving signed calendar feed links. */
export class CalendarFeeds {
  constructor(
    private readonly options: {
      links: CalendarLinkStore;
      rotations: RotationService;
      /** Undefined when `oncall.calendar.signingSecret` is not set. */
      signingSecret?: string;
      /** The plugin's external base URL, e.g. http://localhost:7007/api/oncall. */
      externalBaseUrl: string;
      clock?: () => Date;
    },
  ) {}

  private now(): Date {
    return this.options.clock?.() ?? new Date();
  }

  private secret(): string {
    if (!this.options.signingSecret) {
      throw new ServiceUnavailableError(
        'Calendar links are disabled: oncall.calendar.signingSecret is not configured',
      );
    }
    return this.options.signingSecret;
  }

  /** `target` is already checked: the caller themself, or a rotation that exists. */
  async createLink(
    scope: CalendarLink['scope'],
    target: string,
    createdBy: string,
  ): Promise<CalendarLink> {
    const secret = this.secret();
    if (scope === 'rotation' && !(await this.options.rotations.get(target))) {
      throw new NotFoundError(`No rotation named ${target}`);
    }
    const link = await this.options.links.create({ scope, target, createdBy });
    const base = this.options.externalBaseUrl.replace(/\/+$/, '');
    const token = signCalendarToken(link.id, secret);
    return { ...link, url: `${base}/calendar/${token}.ics` };
  }

  listLinks(createdBy: string): Promise<CalendarLink[]> {
    return this.options.links.listCreatedBy(createdBy);
  }

  async revokeLink(id: string, createdBy: string): Promise<CalendarLink> {
    const link = await this.options.links.revoke(
      id,
      createdBy,
      this.now().toISOString(),
    );
    if (!link) {
      throw new NotFoundError(`You have no calendar link ${id}`);
    }
    return link;
  }

  /**
   * The feed of a token, or undefined for a bad signature, an unknown link
   * or a revoked one alike: the caller cannot tell which.
   */
  async feed(token: string): Promise<string | undefined> {
    const secret = this.options.signingSecret;
    const linkId = secret ? verifyCalendarToken(token, secret) : undefined;
    const link = linkId ? await this.options.links.get(linkId) : undefined;
    if (!link || link.revokedAt) {
      return undefined;
    }
    const now = this.now().getTime();
    const from = new Date(now - FEED_PAST_MS);
    const to = new Date(now + FEED_FUTURE_MS);
    const shifts = await this.shiftsOf(link, from, to);
    const refs = shifts.map(s => s.shift.user);
    const people = await this.options.rotations.people(
      new Set(link.scope === 'person' ? [link.target, ...refs] : refs),
    );
    const name =
      link.scope === 'person'
        ? `On call: ${people[link.target]?.displayName ?? link.target}`
        : `On call: ${shifts[0]?.rotation.title ?? link.target}`;
    return buildCalendarFeed({
      name,
      scope: link.scope,
      shifts,
      people,
      from,
      to,
    });
  }

  private async shiftsOf(
    link: CalendarLink,
    from: Date,
    to: Date,
  ): Promise<Array<{ shift: Shift; rotation: RotationDefinition }>> {
    const { rotations } = this.options;
    const wideFrom = new Date(from.getTime() - UNCLIPPED_MARGIN_MS);
    const wideTo = new Date(to.getTime() + UNCLIPPED_MARGIN_MS);
    // A rotation that is gone leaves an empty feed, not a broken subscription.
    const sources =
      link.scope === 'rotation'
        ? [await rotations.get(link.target)].filter(r => r !== undefined)
        : (await rotations.list()).rotations;
    const result: Array<{ shift: Shift; rotation: RotationDefinition }> = [];
    for (const { definition } of sources) {
      const shifts = await rotations.schedule(
        definition.name,
        wideFrom.toISOString(),
        wideTo.toISOString(),
      );
      for (const shift of shifts) {
        if (link.scope === 'rotation' || shift.user === link.target) {
          result.push({ shift, rotation: definition });
        }
      }
    }
    return result;
  }
}
