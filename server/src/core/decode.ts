/**
 * Bytes of a bulletin file to text, as an editor would decode them: UTF-8
 * (BOM removed) or UTF-16 with a BOM. A byte-order mark is never part of
 * the text. Invalid UTF-8 becomes U+FFFD, which the bulletin check reports.
 */
export function decodeBulletin(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
