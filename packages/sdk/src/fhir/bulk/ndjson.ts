/**
 * Splits NDJSON bytes into lines as chunks arrive: a chunk may end inside a line or inside
 * a UTF-8 character, so bytes are cut at `\n` before decoding. Only the unfinished line is
 * kept between chunks, capped at `maxLineBytes`. Each line comes with the byte offset just
 * past it, which is where a resumed download starts.
 */
import { BulkExportError } from './errors.js';

export interface Line {
  /** The line without its `\n` (or `\r\n`). */
  text: string;
  /** Offset in the file just past the line's `\n`. */
  end: number;
}

/**
 * Node's Buffer when there is one: the Node sender's chunks are Buffers, whose utf8 decoding
 * is about twice as fast as TextDecoder's for resource-sized lines. Read from globalThis so
 * the SDK imports nothing of Node here.
 */
const NodeBuffer = (globalThis as { Buffer?: { prototype: object } }).Buffer;
type Utf8Decode = (this: Uint8Array, encoding: 'utf8') => string;
const isNodeBuffer = (bytes: Uint8Array): boolean => NodeBuffer !== undefined && bytes instanceof (NodeBuffer as unknown as typeof Uint8Array);

export class LineSplitter {
  readonly #decoder = new TextDecoder();
  readonly #maxLineBytes: number;
  #carry: Uint8Array[] = [];
  #carried = 0;
  /** Offset of the next byte to arrive. */
  #position: number;

  constructor(startOffset: number, maxLineBytes: number) {
    this.#position = startOffset;
    this.#maxLineBytes = maxLineBytes;
  }

  /** The complete lines in this chunk (with what was carried). */
  *push(chunk: Uint8Array): Generator<Line> {
    let start = 0;
    for (;;) {
      const at = chunk.indexOf(10, start);
      if (at < 0) break;
      const piece = chunk.subarray(start, at);
      this.#position += at + 1 - start;
      start = at + 1;
      if (this.#carried + piece.byteLength > this.#maxLineBytes) throw tooLong(this.#maxLineBytes);
      yield { text: this.#decode(piece), end: this.#position };
    }
    const rest = chunk.byteLength - start;
    if (rest > 0) {
      if (this.#carried + rest > this.#maxLineBytes) throw tooLong(this.#maxLineBytes);
      // A copy: the sender may reuse the chunk's memory.
      this.#carry.push(chunk.slice(start));
      this.#carried += rest;
      this.#position += rest;
    }
  }

  /** A last line without `\n` (error files often end so), once the body is complete. */
  finish(): Line | undefined {
    if (this.#carried === 0) return undefined;
    return { text: this.#decode(new Uint8Array(0)), end: this.#position };
  }

  #decode(tail: Uint8Array): string {
    let bytes = tail;
    if (this.#carried > 0) {
      bytes = new Uint8Array(this.#carried + tail.byteLength);
      let at = 0;
      for (const part of this.#carry) {
        bytes.set(part, at);
        at += part.byteLength;
      }
      bytes.set(tail, at);
      this.#carry = [];
      this.#carried = 0;
    }
    const text = isNodeBuffer(bytes) ? (bytes.toString as unknown as Utf8Decode).call(bytes, 'utf8') : this.#decoder.decode(bytes);
    return text.endsWith('\r') ? text.slice(0, -1) : text;
  }
}

function tooLong(limit: number): BulkExportError {
  return new BulkExportError('line-too-long', `fhir.bulkExport: an NDJSON line is longer than maxLineBytes (${limit} bytes).`);
}
