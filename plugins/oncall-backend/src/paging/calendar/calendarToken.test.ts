import { signCalendarToken, verifyCalendarToken } from './calendarToken';

const SECRET = 'a-signing-secret-of-at-least-32-chars!';
const LINK = '3f2b8c1e-9a4d-4e7b-8c6f-0d1e2f3a4b5c';

describe('calendar tokens', () => {
  const token = signCalendarToken(LINK, SECRET);

  it('carry the link id and a base64url HMAC-SHA256 signature', () => {
    expect(token).toMatch(/^3f2b8c1e-9a4d-4e7b-8c6f-0d1e2f3a4b5c\.[\w-]{43}$/);
    expect(verifyCalendarToken(token, SECRET)).toBe(LINK);
  });

  it('refuse every altered character of the signature', () => {
    const signature = token.split('.')[1];
    for (let i = 0; i < signature.length; i++) {
      const swapped = signature[i] === 'A' ? 'B' : 'A';
      const altered = `${LINK}.${signature.slice(
        0,
        i,
      )}${swapped}${signature.slice(i + 1)}`;
      expect(verifyCalendarToken(altered, SECRET)).toBeUndefined();
    }
  });

  it('refuse another secret, another link id and malformed tokens', () => {
    expect(verifyCalendarToken(token, `${SECRET}x`)).toBeUndefined();
    const otherLink = '3f2b8c1e-9a4d-4e7b-8c6f-0d1e2f3a4b5d';
    expect(
      verifyCalendarToken(`${otherLink}.${token.split('.')[1]}`, SECRET),
    ).toBeUndefined();
    for (const bad of [
      '',
      LINK,
      `${LINK}.`,
      `${token}x`,
      `../${token}`,
      token.slice(0, -1),
    ]) {
      expect(verifyCalendarToken(bad, SECRET)).toBeUndefined();
    }
  });
});
