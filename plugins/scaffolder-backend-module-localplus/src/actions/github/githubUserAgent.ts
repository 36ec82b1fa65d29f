/** How the scaffolder actions name themselves to GitHub: the start of their calls' User-Agent header. */
export const SCAFFOLDER_GITHUB_USER_AGENT = 'localplus-portal-scaffolder';
