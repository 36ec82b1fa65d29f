import { ReactNode, useMemo } from 'react';
import { ApiProvider } from '@backstage/core-app-api';
import {
  ApiHolder,
  ApiRef,
  storageApiRef,
  useApi,
  useApiHolder,
} from '@backstage/core-plugin-api';

/**
 * Gives everything below it a storage API scoped to one persona, so the
 * home grid (bucket `home.customHomepage`) keeps one layout per persona:
 * `persona.<id>/home.customHomepage`.
 */
export function PersonaStorageScope(props: {
  personaId: string;
  children: ReactNode;
}) {
  const { personaId, children } = props;
  const parent = useApiHolder();
  const storageApi = useApi(storageApiRef);
  const apis = useMemo<ApiHolder>(() => {
    const scoped = storageApi.forBucket(`persona.${personaId}`);
    return {
      get<T>(ref: ApiRef<T>): T | undefined {
        return ref.id === storageApiRef.id
          ? (scoped as unknown as T)
          : parent.get(ref);
      },
    };
  }, [parent, storageApi, personaId]);
  return <ApiProvider apis={apis}>{children}</ApiProvider>;
}
