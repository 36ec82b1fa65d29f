import { z } from 'zod';

/** Native names are DNS labels; providers' carry their ids (`pagerduty-PABC123`). */
export const rotationName = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,252}$/, 'must be a rotation name');

/** An ISO-8601 instant with its offset, normalised to UTC. */
export const isoInstant = z.iso
  .datetime({ offset: true })
  .transform(value => new Date(value).toISOString());
