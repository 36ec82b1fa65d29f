import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import type { Persona } from '../personas/personaSettings';

/** One tab per persona the person holds; shown only when they hold several. */
export function PersonaSwitcher(props: {
  personas: Persona[];
  selected: Persona;
  onSelect: (id: string) => void;
}) {
  const { personas, selected, onSelect } = props;
  return (
    <Tabs
      value={selected.id}
      onChange={(_event, id: string) => onSelect(id)}
      indicatorColor="primary"
      textColor="primary"
      aria-label="Persona"
    >
      {personas.map(persona => (
        <Tab key={persona.id} value={persona.id} label={persona.title} />
      ))}
    </Tabs>
  );
}
