import { useEffect, useState } from 'react';
import { Entity } from '@backstage/catalog-model';
import {
  configApiRef,
  identityApiRef,
  useApi,
} from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import type { HomePageDefaultConfigItem } from '@backstage/plugin-home-react/alpha';
import { Persona, readPersonaSettings } from './personaSettings';
import {
  directGroupRefs,
  personasForGroups,
  withAncestorGroups,
} from './resolvePersonas';

export interface PersonaContext {
  loading: boolean;
  /** The person's catalog entity could not be read; personas fell back. */
  error?: Error;
  displayName?: string;
  /** The personas the person holds, in priority order; never empty once loaded. */
  personas: Persona[];
}

function displayNameOf(user: Entity | undefined): string | undefined {
  const profile = user?.spec?.profile as { displayName?: string } | undefined;
  return profile?.displayName ?? user?.metadata.title ?? user?.metadata.name;
}

/**
 * Who signed in and which personas their catalog groups grant: the user
 * entity from the identity's ref, its `memberOf` groups and their parents.
 */
export function usePersonaContext(
  pageDefault?: HomePageDefaultConfigItem[],
): PersonaContext {
  const identityApi = useApi(identityApiRef);
  const catalogApi = useApi(catalogApiRef);
  const configApi = useApi(configApiRef);
  const [state, setState] = useState<PersonaContext>({
    loading: true,
    personas: [],
  });

  useEffect(() => {
    let cancelled = false;
    const settings = readPersonaSettings(configApi, pageDefault);
    const load = async () => {
      const identity = await identityApi.getBackstageIdentity();
      const profile = await identityApi.getProfileInfo();
      try {
        const user = await catalogApi.getEntityByRef(identity.userEntityRef);
        const groups = await withAncestorGroups(
          user ? directGroupRefs(user) : [],
          async refs =>
            (
              await catalogApi.getEntitiesByRefs({ entityRefs: refs })
            ).items,
        );
        return {
          loading: false,
          displayName: displayNameOf(user) ?? profile.displayName,
          personas: personasForGroups(settings, groups),
        };
      } catch (e) {
        return {
          loading: false,
          error: e instanceof Error ? e : new Error(String(e)),
          displayName: profile.displayName,
          personas: [settings.fallback],
        };
      }
    };
    load().then(next => {
      if (!cancelled) {
        setState(next);
      }
    });
    return () => {
      cancelled = true;
    };
  }, [identityApi, catalogApi, configApi, pageDefault]);

  return state;
}
