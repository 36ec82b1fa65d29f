/** Page sizes offered; the log asks the backend for one page at a time. */
export const PAGE_SIZES = [10, 25, 50, 100];

export const DEFAULT_PAGE_SIZE = 25;
