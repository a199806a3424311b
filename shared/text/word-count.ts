// Counting words the way the status bar and lists show them: runs of letters and digits,
// with apostrophes and hyphens inside a word.

// The number of words in a text.
export function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return matches ? matches.length : 0;
}
