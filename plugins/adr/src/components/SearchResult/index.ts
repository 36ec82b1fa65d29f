export { AdrSearchResultListItem } from './AdrSearchResultListItem';
