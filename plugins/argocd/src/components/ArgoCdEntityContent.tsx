import { Route, Routes } from 'react-router-dom';
import { MissingAnnotationEmptyState } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import {
  ARGOCD_ANNOTATION_APP_NAME,
  isArgocdAvailable,
} from '@roadiehq/backstage-plugin-argo-cd';
import { ArgoCdHistoryCard } from './ArgoCdHistoryCard';

/**
 * The Argo CD tab, as the package's own tab draws it: the deployment history
 * of the entity's applications, or what annotation is missing.
 */
export function ArgoCdEntityContent() {
  const { entity } = useEntity();
  if (!isArgocdAvailable(entity)) {
    return (
      <MissingAnnotationEmptyState annotation={ARGOCD_ANNOTATION_APP_NAME} />
    );
  }
  return (
    <Routes>
      <Route path="/" element={<ArgoCdHistoryCard />} />
    </Routes>
  );
}
