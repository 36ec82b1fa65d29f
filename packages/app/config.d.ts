export interface Config {
  /** Settings of the LOCAL-PLUS portal frontend. */
  localplus?: {
    signIn?: {
      /**
       * Sign-in providers offered on the sign-in page, in order. `guest` is
       * for development only: the production backend refuses to start with
       * the guest provider enabled.
       * @visibility frontend
       */
      providers?: Array<'guest' | 'github'>;
    };
  };
}
