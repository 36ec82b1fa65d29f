const REDACTED = '[redacted]';

// Shorter strings are too likely to be ordinary words or numbers (a tenant
// id `prod` in `X-Scope-OrgID`, say), and hiding them would garble messages.
const MIN_SECRET_LENGTH = 8;

/**
 * The strings to hide from messages for a set of header values: each whole
 * value and each long word of it, so that the token of `Bearer <token>` is
 * hidden even when an upstream echoes it without its scheme.
 */
export function secretsOf(headers: Record<string, string>): string[] {
  const secrets = new Set<string>();
  for (const value of Object.values(headers)) {
    for (const candidate of [value.trim(), ...value.split(/\s+/)]) {
      if (candidate.length >= MIN_SECRET_LENGTH) {
        secrets.add(candidate);
      }
    }
  }
  // Longest first, so a value is replaced before its fragments are.
  return [...secrets].sort((a, b) => b.length - a.length);
}

/**
 * Removes secrets from text that may reach users. Upstream error bodies are
 * not ours to trust: a proxy may echo the request headers back.
 */
export function redactSecrets(text: string, secrets: string[]): string {
  return secrets.reduce(
    (redacted, secret) => redacted.split(secret).join(REDACTED),
    text,
  );
}
