/** Text comparisons shared by the extension-host suite and the UI test (pure: no vscode, no browser). */

export function countOf(text: string, part: string): number {
  return text.split(part).length - 1;
}

/** The block deleted between two texts (their common prefix and suffix stripped). */
export function removedBlock(before: string, after: string): string {
  let start = 0;
  while (start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return before.slice(start, before.length - end);
}

/** True when `after` is `before` less exactly `paragraph` and line breaks around it. */
export function removedOnly(before: string, after: string, paragraph: string): boolean {
  const gone = removedBlock(before, after);
  return gone.includes(paragraph) && gone.replace(paragraph, '').replace(/[\r\n]/g, '') === '';
}
