import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import type { ComplianceFramework } from '@localplus/plugin-compliance-common';

/** Value of the tab showing every control. */
export const ALL_FRAMEWORKS = '';

/**
 * All controls, or those of one framework: the tabs come from the frameworks
 * the backend defines, so another organisation's frameworks show up as they
 * are written.
 */
export function FrameworkTabs(props: {
  frameworks: Pick<ComplianceFramework, 'id' | 'title'>[];
  selected: string;
  onChange: (frameworkId: string) => void;
}) {
  return (
    <Tabs
      value={props.selected}
      onChange={(_event, value: string) => props.onChange(value)}
      indicatorColor="primary"
      variant="scrollable"
      scrollButtons="auto"
      aria-label="Frameworks"
    >
      <Tab label="All" value={ALL_FRAMEWORKS} />
      {props.frameworks.map(framework => (
        <Tab key={framework.id} label={framework.title} value={framework.id} />
      ))}
    </Tabs>
  );
}
