import { DependencyList, useEffect, useState } from 'react';

export interface WidgetData<T> {
  loading: boolean;
  error?: Error;
  value?: T;
}

/** Loads a widget's data once per change of `deps`, ignoring stale answers. */
export function useWidgetData<T>(
  load: () => Promise<T>,
  deps: DependencyList,
): WidgetData<T> {
  const [state, setState] = useState<WidgetData<T>>({ loading: true });
  useEffect(() => {
    let cancelled = false;
    setState({ loading: true });
    load().then(
      value => !cancelled && setState({ loading: false, value }),
      error =>
        !cancelled &&
        setState({
          loading: false,
          error: error instanceof Error ? error : new Error(String(error)),
        }),
    );
    return () => {
      cancelled = true;
    };
    // The caller lists what `load` depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}
