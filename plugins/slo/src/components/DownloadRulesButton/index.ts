export { DownloadRulesButton } from './DownloadRulesButton';
