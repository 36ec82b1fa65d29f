export interface Config {
  localplus?: {
    kubernetes?: {
      /**
       * How long one fetch of a service's objects from a cluster answers
       * every view that asks the same question as the same caller, in
       * seconds from the fetch's start. A fetch under way is always shared
       * while this is above 0. Default 5 (the Kubernetes tab asks again
       * every 10 s), at most 60; 0 leaves Backstage's fetcher as it is.
       */
      sharedFetchSeconds?: number;
    };
  };
}
