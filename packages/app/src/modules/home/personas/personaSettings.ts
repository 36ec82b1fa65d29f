import { Config } from '@backstage/config';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import type { HomePageDefaultConfigItem } from '@backstage/plugin-home-react/alpha';

/** A persona of the home page: who it is for and its declared layout. */
export interface Persona {
  id: string;
  title: string;
  /** One line saying what the persona's home shows. */
  description?: string;
  /** Full refs of the groups that grant the persona (members of sub-groups too). */
  groups: string[];
  layout: HomePageDefaultConfigItem[];
}

export interface PersonaSettings {
  /** In priority order: the first one a person holds is their initial persona. */
  personas: Persona[];
  /** The persona of someone who holds none. */
  fallback: Persona;
}

function readLayoutItem(item: Config): HomePageDefaultConfigItem {
  return {
    component: item.getString('component'),
    column: item.getNumber('column'),
    row: item.getNumber('row'),
    width: item.getNumber('width'),
    height: item.getNumber('height'),
    movable: item.getOptionalBoolean('movable'),
    deletable: item.getOptionalBoolean('deletable'),
    resizable: item.getOptionalBoolean('resizable'),
  };
}

function groupRef(group: string): string {
  return stringifyEntityRef(
    parseEntityRef(group, {
      defaultKind: 'group',
      defaultNamespace: 'default',
    }),
  );
}

/**
 * Reads `localplus.home`. Without personas there is one, `everyone`, whose
 * layout is the home page's own default configuration.
 */
export function readPersonaSettings(
  config: Config,
  pageDefault: HomePageDefaultConfigItem[] = [],
): PersonaSettings {
  const home = config.getOptionalConfig('localplus.home');
  const personas = (home?.getOptionalConfigArray('personas') ?? []).map(
    persona => ({
      id: persona.getString('id'),
      title: persona.getString('title'),
      description: persona.getOptionalString('description'),
      groups: (persona.getOptionalStringArray('groups') ?? []).map(groupRef),
      layout: (persona.getOptionalConfigArray('layout') ?? []).map(
        readLayoutItem,
      ),
    }),
  );
  const everyone: Persona = {
    id: 'everyone',
    title: 'Everyone',
    groups: [],
    layout: pageDefault,
  };
  const fallbackId = home?.getOptionalString('defaultPersona');
  const fallback =
    personas.find(persona => persona.id === fallbackId) ??
    personas[personas.length - 1] ??
    everyone;
  return { personas, fallback };
}
