/**
 * An outline item named by its number and heading: a number that ends in a word or a digit (第一条, 第二章, 3.1, a task
 * table's 1) is followed by a space, as the document sets it; one that ends in its own punctuation (一、, （一）, 1.) is
 * not. The graph's item labels and the panels' names both read it so.
 */
export function numberedHeading(number: string, heading: string): string {
  return `${number}${heading && ENDS_IN_WORD.test(number) ? ' ' : ''}${heading}`;
}
const ENDS_IN_WORD = /[\p{L}\p{N}]$/u;
