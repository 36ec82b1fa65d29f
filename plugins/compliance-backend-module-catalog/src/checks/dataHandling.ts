import { ANNOTATIONS, ComponentFacts } from '../catalog/componentFacts';

export const DATA_CLASSES = ['public', 'internal', 'personal', 'card'] as const;
export type DataClass = (typeof DATA_CLASSES)[number];

export const PERSONAL_DATA_TAG = 'personal-data';
export const CARD_DATA_TAG = 'card-data';

/** The classification as written (trimmed), and whether it is one of the four classes. */
export function classificationOf(component: ComponentFacts): {
  written?: string;
  valid?: DataClass;
} {
  const written = component.annotations[ANNOTATIONS.dataClassification]?.trim();
  const valid = DATA_CLASSES.find(c => c === written);
  return { written: written || undefined, valid };
}

/** The tables of `localplus.io/owned-tables`, comma-separated. */
export function ownedTables(component: ComponentFacts): string[] {
  return (component.annotations[ANNOTATIONS.ownedTables] ?? '')
    .split(',')
    .map(table => table.trim())
    .filter(table => table !== '');
}

/** Classified `personal`, or tagged `personal-data` whatever its classification says. */
export function handlesPersonalData(component: ComponentFacts): boolean {
  return (
    classificationOf(component).valid === 'personal' ||
    component.tags.includes(PERSONAL_DATA_TAG)
  );
}

/** Shows a value from an annotation in a summary without letting it run on. */
export function quoted(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
}
