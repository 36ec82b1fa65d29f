/**
 * A check could not reach its subjects at all: its parameters are invalid,
 * or the source that lists its subjects could not be read. The collector
 * turns it into one `error` observation whose subject names what failed
 * (`catalog:components`, `check:adr.change-decision`), so the auditor
 * sees why the usual subjects have no observation in this run.
 */
export class CheckScopeError extends Error {
  readonly name = 'CheckScopeError';
  constructor(readonly subject: string, message: string) {
    super(message);
  }
}

/**
 * The check's parameters are invalid. Its observation does not repeat them:
 * the summary names the field, and a rejected value (a URL with a password
 * in it) has no place in the ledger.
 */
export class InvalidParamsError extends CheckScopeError {
  constructor(check: string, message: string) {
    super(`check:${check}`, message);
  }
}
