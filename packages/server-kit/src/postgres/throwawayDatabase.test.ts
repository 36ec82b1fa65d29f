import { createThrowawayDatabase, queryDatabase } from './throwawayDatabase';

describe('createThrowawayDatabase', () => {
  it('creates an empty database on the machine server and drops it', async () => {
    const database = await createThrowawayDatabase('kit check');
    try {
      expect(database.name).toMatch(/^tmp_kit_check_[0-9a-f]{8}$/);
      await queryDatabase(database.url, 'CREATE TABLE t (n int)');
      await queryDatabase(database.url, 'INSERT INTO t VALUES (41), (1)');
      expect(await queryDatabase(database.url, 'SELECT sum(n) FROM t')).toBe(
        '42',
      );
    } finally {
      await database.drop();
    }
    await expect(queryDatabase(database.url, 'SELECT 1')).rejects.toThrow(
      /does not exist/,
    );
  });

  it('gives two databases for the same label different names', async () => {
    const [a, b] = await Promise.all([
      createThrowawayDatabase('same'),
      createThrowawayDatabase('same'),
    ]);
    try {
      expect(a.name).not.toBe(b.name);
    } finally {
      await Promise.all([a.drop(), b.drop()]);
    }
  });
});
