/** A count with its noun, plural when the count is not one: "1 pair", "10 examples". */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
