/** The error a promise rejects with; fails the test if it resolves. */
export const failureOf = (promise: Promise<unknown>): Promise<Error> =>
  promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    error => error as Error,
  );
