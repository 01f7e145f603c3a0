/**
 * Matches `--row-height` in the design tokens: rows are measured by estimate, not by layout. A
 * module of its own, so that the list's entry code can know it without the virtualizer.
 */
export const DATA_TABLE_ROW_HEIGHT = 36
