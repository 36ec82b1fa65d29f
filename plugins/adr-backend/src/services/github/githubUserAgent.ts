/** How the ADR backend names itself to GitHub: the start of its calls' User-Agent header. */
export const ADR_GITHUB_USER_AGENT = 'localplus-portal-adr';
