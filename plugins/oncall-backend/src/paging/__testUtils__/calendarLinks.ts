import request from 'supertest';
import type express from 'express';
import ical, { type VEvent } from 'node-ical';
import { asUser, BASE_URL } from './pagingHarness';

/** Creates a link through the route, as `who`; returns the feed's path. */
export async function createLinkPath(
  app: express.Express,
  who: string,
  body: object,
): Promise<{ id: string; path: string }> {
  const response = await request(app)
    .post('/calendar-links')
    .set('Authorization', asUser(who))
    .send(body)
    .expect(201);
  return {
    id: response.body.id,
    path: (response.body.url as string).slice(BASE_URL.length),
  };
}

/** The events of a served feed as a real parser reads them, in start order. */
export function parseEvents(text: string): VEvent[] {
  return Object.values(ical.sync.parseICS(text))
    .filter((c): c is VEvent => c.type === 'VEVENT')
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** `start -> end` in UTC, for compact expectations. */
export const span = (event: VEvent) =>
  `${event.start.toISOString()} -> ${event.end.toISOString()}`;
