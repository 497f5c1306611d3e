/**
 * The extraction library's public API. Pure and isomorphic: it imports nothing but itself, so
 * the CLI, a Web Worker and the tests run the same code with the same output.
 */

export { decodeBytes, normaliseLineEndings, type DecodedText, type Encoding } from './decode';
export { normalise, type WorkingText } from './normalise';
export {
	segment,
	type MeetingHeader,
	type Section,
	type SectionKind,
	type SegmentedItem
} from './segment';
export { extractMinutes, emptyRecords, type Extraction, type ItemOutline } from './extract';
export { periodLabel, periodFromDates, type Period } from './periods';
export { MONTH_NAMES, WEEKDAY_NAMES, COLOUR_WORDS } from './danish';
export * from './schema';
