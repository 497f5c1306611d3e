/**
 * How wide a run of spaces must be to part two columns of text laid out in columns (PDF text
 * from `pdftotext -layout`, Word tables saved as text). Justified prose spreads its words by two
 * or three spaces, so each reader takes the narrowest gap that its own context makes safe.
 */

/** Between the cells of a line already read as a table row ("Dagtilbud  8,1  7,9"): two. */
export const CELL_GAP = / {2,}/;

/** Three spaces: between a page's columns, where prose with a wide gap could be meant. */
export const COLUMN_GAP_SPACES = '   ';
/** A run of three or more, anywhere in a line (a running header's right-hand column). */
export const COLUMN_GAP = /[ \t]{3,}/;
/** Three or more with text on both sides: a line laid out in columns, not indentation. */
export const COLUMN_GAP_INSIDE = /\S {3,}\S/;

/**
 * Five after a header field's value ("Mødested      Microsoft Teams          afdelingscheferne
 * for alle"): justified header text spreads a value's own words wider than prose.
 */
export const HEADER_VALUE_GAP = /\S[ \t]{5}/;
