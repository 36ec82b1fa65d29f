import type { CalendarLink } from '@localplus/plugin-oncall-common';

export type CalendarLinkScope = CalendarLink['scope'];

/** Calendar feed links; the secret part of their URL is derived, never stored. */
export interface CalendarLinkStore {
  create(link: {
    scope: CalendarLinkScope;
    target: string;
    createdBy: string;
  }): Promise<CalendarLink>;
  get(id: string): Promise<CalendarLink | undefined>;
  /** The links a person created, newest first, revoked ones included. */
  listCreatedBy(createdBy: string): Promise<CalendarLink[]>;
  /**
   * Revokes one of `createdBy`'s links (the first revocation stands);
   * undefined when they have no link with that id.
   */
  revoke(
    id: string,
    createdBy: string,
    at: string,
  ): Promise<CalendarLink | undefined>;
}
