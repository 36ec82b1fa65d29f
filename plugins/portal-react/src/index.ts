/**
 * The UI pieces the LOCAL-PLUS frontend plugins share: the layout of a
 * page's tab, the hook that loads an answer with reload, saving a file
 * fetched from a backend, and the URLs the API clients send. Import it only from lazily loaded components.
 *
 * @packageDocumentation
 */
export { TabLayout } from './components/TabLayout';
export { DownloadButton } from './components/DownloadButton';
export { saveFile, type FileToSave } from './files/saveFile';
export { useAsyncResult, type AsyncResult } from './hooks/useAsyncResult';
export { encodePath, encodeQuery, type QueryValue } from './api/requestUrl';
