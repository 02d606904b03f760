/**
 * Small numbers as single characters, for the router data the build step writes: 35 + n,
 * skipping the backslash, so no number is a quote or a backslash, the text goes into a string
 * literal as it is, and numbers below 57 are one byte of UTF-8.
 */
const BACKSLASH = 92;

export const numberChar = (n: number): string => String.fromCharCode(n + 35 >= BACKSLASH ? n + 36 : n + 35);

export const charNumber = (code: number): number => (code > BACKSLASH ? code - 36 : code - 35);
