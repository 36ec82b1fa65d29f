import { Link, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { scaffolderApiRef } from '@backstage/plugin-scaffolder-react';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import { useWidgetData } from './useWidgetData';
import { WidgetMessage } from './WidgetMessage';

const SHOWN = 5;

/** The person's latest scaffolder runs, newest first, each linking to its log. */
export function MyTemplateRunsContent() {
  const scaffolderApi = useApi(scaffolderApiRef);
  const { loading, error, value } = useWidgetData(async () => {
    if (!scaffolderApi.listTasks) {
      throw new Error('this scaffolder cannot list tasks');
    }
    const { tasks } = await scaffolderApi.listTasks({
      filterByOwnership: 'owned',
      limit: SHOWN,
    });
    return [...tasks]
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .slice(0, SHOWN);
  }, [scaffolderApi]);

  if (loading) {
    return <Progress />;
  }
  if (error) {
    return (
      <WidgetMessage kind="error">
        Your template runs could not be loaded: {error.message}
      </WidgetMessage>
    );
  }
  if (!value || value.length === 0) {
    return (
      <WidgetMessage kind="empty">
        You have not run a template yet. <Link to="/create">Create</Link> a
        service on the golden path.
      </WidgetMessage>
    );
  }
  return (
    <List dense disablePadding aria-label="My template runs">
      {value.map(task => {
        const template = task.spec.templateInfo;
        const title =
          template?.entity?.metadata.title ??
          template?.entity?.metadata.name ??
          template?.entityRef ??
          'Template';
        return (
          <ListItem key={task.id} disableGutters>
            <ListItemText
              primary={<Link to={`/create/tasks/${task.id}`}>{title}</Link>}
              secondary={`${task.status} · ${new Date(
                task.createdAt,
              ).toLocaleString()}`}
            />
          </ListItem>
        );
      })}
    </List>
  );
}
