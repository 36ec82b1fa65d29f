import { useCallback, useEffect, useMemo, useState } from 'react';
import { storageApiRef, useApi } from '@backstage/core-plugin-api';
import type { Persona } from './personaSettings';

const BUCKET = 'home.persona';
const KEY = 'selected';

/**
 * The persona the person chose among those they hold, remembered in the
 * storage API; the first in priority order until they choose. A choice shows
 * at once, whatever the storage (the user-settings backend answers later).
 */
export function useSelectedPersona(
  personas: Persona[],
): [Persona | undefined, (id: string) => void] {
  const storageApi = useApi(storageApiRef);
  const bucket = useMemo(() => storageApi.forBucket(BUCKET), [storageApi]);
  const [stored, setStored] = useState<string | undefined>(
    () => bucket.snapshot<string>(KEY).value,
  );
  useEffect(() => {
    const subscription = bucket.observe$<string>(KEY).subscribe({
      next: snapshot => setStored(snapshot.value),
    });
    return () => subscription.unsubscribe();
  }, [bucket]);
  const select = useCallback(
    (id: string) => {
      setStored(id);
      bucket.set(KEY, id).catch(() => {
        // Not remembered for the next visit; the choice still applies now.
      });
    },
    [bucket],
  );
  const selected =
    personas.find(persona => persona.id === stored) ?? personas[0];
  return [selected, select];
}
