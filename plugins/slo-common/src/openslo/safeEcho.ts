/** Problem messages quote a value back only when it is at most this long. */
export const MAX_ECHOED_LENGTH = 63;

const PLAIN_NAME = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

/**
 * The value itself when it is a short plain name (letters, digits, `.`, `_`,
 * `/`, `-`) that a problem message may quote back; undefined otherwise, so
 * that a long or hostile value (markup, control characters, a pasted
 * document) never reaches a message.
 */
export function safeEcho(value: unknown): string | undefined {
  return typeof value === 'string' &&
    value.length <= MAX_ECHOED_LENGTH &&
    PLAIN_NAME.test(value)
    ? value
    : undefined;
}
