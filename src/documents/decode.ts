/** The text of a file's bytes, or why it is not a text document. */
export type Decoded =
  | { kind: 'text'; text: string; warnings: string[] }
  | { kind: 'binary'; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/**
 * Decode a document: UTF-8 (BOM dropped, so offsets and columns start at the first real character),
 * UTF-16 with a BOM, and invalid UTF-8 with replacement characters and a warning. NUL bytes mean binary.
 */
export function decodeDocument(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { kind: 'text', text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warnings: [] };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { kind: 'text', text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warnings: [] };
  }
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  // Text files never hold NUL; looking at the first 8 KB is what git does to call a file binary.
  if (body.subarray(0, 8192).includes(0)) return { kind: 'binary', reason: 'binary file (NUL bytes), skipped' };
  try {
    return { kind: 'text', text: utf8.decode(body), warnings: [] };
  } catch {
    return {
      kind: 'text',
      text: utf8Lenient.decode(body),
      warnings: ['invalid UTF-8: undecodable bytes were replaced with U+FFFD'],
    };
  }
}
