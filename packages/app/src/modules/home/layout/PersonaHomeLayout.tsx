import { Fragment, useMemo } from 'react';
import { Content, Progress, WarningPanel } from '@backstage/core-components';
import {
  CustomHomepageGrid,
  LayoutConfiguration,
} from '@backstage/plugin-home';
import type { HomePageLayoutProps } from '@backstage/plugin-home-react/alpha';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { usePersonaContext } from '../personas/usePersonaContext';
import { useSelectedPersona } from '../personas/useSelectedPersona';
import { GridWidthWatcher } from './GridWidthWatcher';
import { PersonaStorageScope } from './PersonaStorageScope';
import { PersonaSwitcher } from './PersonaSwitcher';

const GRID_COLUMNS = { xl: 12, lg: 12, md: 12, sm: 12, xs: 4, xxs: 2 };

/**
 * The home page by persona: a greeting, a switcher between the personas the
 * person holds, and the customisable grid starting from the persona's
 * declared layout. "Restore defaults" returns to that layout.
 */
export function PersonaHomeLayout(props: HomePageLayoutProps) {
  const { widgets, defaultConfig } = props;
  const context = usePersonaContext(defaultConfig);
  const [persona, selectPersona] = useSelectedPersona(context.personas);

  const gridConfig = useMemo<LayoutConfiguration[] | undefined>(
    () =>
      persona?.layout.map(item => ({
        component: item.component,
        x: item.column,
        y: item.row,
        width: item.width,
        height: item.height,
        movable: item.movable,
        deletable: item.deletable,
        resizable: item.resizable,
      })),
    [persona],
  );

  if (context.loading || !persona) {
    return <Progress />;
  }

  return (
    <Content>
      <Box mb={1}>
        <Typography variant="h4" component="h1">
          Welcome, {context.displayName ?? 'there'}
        </Typography>
        <Typography variant="subtitle1" color="textSecondary">
          Your home as {persona.title}
          {persona.description ? `: ${persona.description}` : ''}
        </Typography>
      </Box>
      {context.error && (
        <WarningPanel
          severity="info"
          title="Your catalog groups could not be read: showing the default home"
          message={context.error.message}
        />
      )}
      {context.personas.length > 1 && (
        <PersonaSwitcher
          personas={context.personas}
          selected={persona}
          onSelect={selectPersona}
        />
      )}
      <PersonaStorageScope personaId={persona.id}>
        <GridWidthWatcher>
          <CustomHomepageGrid
            key={persona.id}
            config={gridConfig}
            rowHeight={60}
            // The layouts are declared on 12 columns; the grid's own defaults
            // drop to 10 or 6 below the theme's lg breakpoint, which the page
            // content (the screen minus the sidebar) already is at 1440 px, and
            // wrap the cards out of place.
            cols={GRID_COLUMNS}
            compactType="vertical"
            containerMargin={[16, 16]}
          >
            {widgets.map((widget, index) => (
              <Fragment key={widget.name ?? index}>{widget.component}</Fragment>
            ))}
          </CustomHomepageGrid>
        </GridWidthWatcher>
      </PersonaStorageScope>
    </Content>
  );
}
