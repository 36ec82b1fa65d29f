import useMediaQuery from '@material-ui/core/useMediaQuery';
import {
  CATALOG_TABLE_MIN_SCREEN_PX,
  CatalogTableWidth,
} from './catalogColumnLayout';

/** The catalog table layout the screen's width calls for. */
export function useCatalogTableWidth(): CatalogTableWidth {
  const wide = useMediaQuery(
    `(min-width:${CATALOG_TABLE_MIN_SCREEN_PX.wide}px)`,
  );
  const medium = useMediaQuery(
    `(min-width:${CATALOG_TABLE_MIN_SCREEN_PX.medium}px)`,
  );
  if (wide) {
    return 'wide';
  }
  return medium ? 'medium' : 'narrow';
}
