import { InputError } from '@backstage/errors';
import { z } from 'zod';
import { MAX_ISSUES_NAMED, parseRequest } from './parseRequest';

const query = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).optional(),
    status: z.enum(['open', 'closed']).optional(),
  })
  .strict();

function failure(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    return error as InputError;
  }
  throw new Error('expected a failure');
}

describe('parseRequest', () => {
  it('returns the parsed value, coerced as the schema says', () => {
    expect(
      parseRequest(query, { limit: '20', status: 'open' }, 'query'),
    ).toEqual({ limit: 20, status: 'open' });
  });

  it('names each parameter at fault in one 400', () => {
    const error = failure(() =>
      parseRequest(query, { limit: '0', status: 'maybe' }, 'query'),
    );
    expect(error).toBeInstanceOf(InputError);
    expect(error.name).toBe('InputError');
    expect(error.message).toMatch(/^Invalid query: limit: .+; status: .+$/);
  });

  it('names keys the schema does not know as unknown parameters', () => {
    const error = failure(() =>
      parseRequest(query, { limit: '5', sort: 'name', order: 'asc' }, 'query'),
    );
    expect(error.message).toBe('Invalid query: unknown parameter sort, order');
  });

  it('names the part of the request when the fault has no path', () => {
    const error = failure(() =>
      parseRequest(z.object({ reason: z.string() }), 'text', 'body'),
    );
    expect(error.message).toMatch(/^Invalid body: body: /);
  });

  it('names at most ten problems however many a hostile request holds', () => {
    const many = z.object(
      Object.fromEntries(
        Array.from({ length: 50 }, (_, i) => [`p${i}`, z.string()]),
      ),
    );
    const error = failure(() => parseRequest(many, {}, 'body'));
    expect(error.message.split('; ')).toHaveLength(MAX_ISSUES_NAMED);
    expect(error.message).toContain('p9:');
    expect(error.message).not.toContain('p10:');
  });
});
