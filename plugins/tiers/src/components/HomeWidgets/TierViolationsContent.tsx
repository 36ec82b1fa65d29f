import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { useEffect, useState } from 'react';
import { tiersApiRef, TierViolation } from '../../api/TiersApi';
import { useTierModel } from '../../hooks/useTierModel';

type State = { loading: boolean; error?: Error; violations: TierViolation[] };

/**
 * Home widget: the entities the catalog holds back because they break a
 * tier rule, each linking to the entity with the rule it breaks.
 */
export function TierViolationsContent() {
  const tiersApi = useApi(tiersApiRef);
  const { model, error: modelError } = useTierModel();
  const [state, setState] = useState<State>({ loading: true, violations: [] });

  useEffect(() => {
    if (!model) {
      return undefined;
    }
    let cancelled = false;
    tiersApi.getTierViolations(model).then(
      violations => !cancelled && setState({ loading: false, violations }),
      e =>
        !cancelled &&
        setState({
          loading: false,
          violations: [],
          error: e instanceof Error ? e : new Error(String(e)),
        }),
    );
    return () => {
      cancelled = true;
    };
  }, [tiersApi, model]);

  const error =
    modelError ??
    (model ? state.error : new Error('localplus.tiers is not configured'));
  if (error) {
    return (
      <Typography variant="body2" color="error" role="alert">
        Tier violations could not be loaded: {error.message}
      </Typography>
    );
  }
  if (state.loading) {
    return <Progress />;
  }
  if (state.violations.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No entity breaks a tier rule.
      </Typography>
    );
  }
  return (
    <List dense disablePadding aria-label="Tier violations">
      {state.violations.map((violation, index) => (
        <ListItem key={`${violation.entityRef}-${index}`} disableGutters>
          <ListItemText
            primary={<EntityRefLink entityRef={violation.entityRef} />}
            secondary={`${violation.tier ? `${violation.tier}: ` : ''}${
              violation.message
            }`}
          />
        </ListItem>
      ))}
    </List>
  );
}
