import { writeSync } from 'node:fs';

/**
 * Write strings to a file descriptor as UTF-8, encoding each straight into one reusable buffer of
 * `bufferBytes` and writing the buffer out when full. Joining them into a batch string first costs a
 * flattening copy and a second pass to encode it: for a 450 MB report, about 1 s against 0.2 s this way.
 */
export function writePieces(fd: number, pieces: Iterable<string>, bufferBytes: number): void {
  const buffer = Buffer.allocUnsafe(bufferBytes);
  let used = 0;
  const drain = (): void => {
    for (let written = 0; written < used; ) written += writeSync(fd, buffer, written, used - written);
    used = 0;
  };
  for (const piece of pieces) {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8: flush first unless the piece surely fits whole.
    if (piece.length * 3 > buffer.length - used) {
      drain();
      if (piece.length * 3 > buffer.length) {
        writeSync(fd, piece);
        continue;
      }
    }
    used += buffer.write(piece, used);
  }
  drain();
}
