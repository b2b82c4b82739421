/**
 * Streamed request bodies for file uploads, in the two forms athena takes: a base64
 * field inside a form-encoded body, and multipart/form-data. Both read the file chunk by
 * chunk, so a large file is never held whole (the Node sender writes as it reads).
 */
import type { StreamBody } from '../base/http.js';
import { InvalidRequestError } from '../base/errors.js';

/** File contents: bytes, an async iterable of chunks (a Node stream), or a web ReadableStream. */
export type FileData = Uint8Array | AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>;

export interface FileUpload {
  data: FileData;
  /** Sent in the multipart part; default `upload`. */
  filename?: string;
  /** Default `application/octet-stream`; athena recommends PDFs for documents. */
  contentType?: string;
  /** Byte size, when known for a stream: lets multipart uploads send Content-Length. */
  size?: number;
}

export type UploadEncoding = 'base64' | 'multipart';

const encoder = new TextEncoder();

/** Reads a file from the start; `singleUse` when it is a stream that can be read once only. */
export interface FileSource {
  read: () => AsyncIterable<Uint8Array>;
  size: number | undefined;
  singleUse: boolean;
}

/** Checks the upload before any request and returns a function that reads it from the start. */
export function fileSource(file: FileUpload, where: string): FileSource {
  if (file === null || typeof file !== 'object') throw new InvalidRequestError(`${where}: file must be { data, filename?, contentType? }.`);
  const { data } = file;
  if (data instanceof Uint8Array) {
    return { read: () => once(data), size: data.byteLength, singleUse: false };
  }
  const size = typeof file.size === 'number' && Number.isInteger(file.size) && file.size >= 0 ? file.size : undefined;
  if (isReadableStream(data)) return { read: singleUse(() => fromReadableStream(data), where), size, singleUse: true };
  if (data !== null && typeof data === 'object' && Symbol.asyncIterator in data) return { read: singleUse(() => data, where), size, singleUse: true };
  throw new InvalidRequestError(`${where}: file data must be a Uint8Array, an async iterable of chunks or a ReadableStream.`);
}

/** `a=1&b=2&<fileField>=<base64, percent-encoded>`, encoded while it is read. */
export function base64FormBody(fields: readonly [string, string][], fileField: string, source: Pick<FileSource, 'read' | 'singleUse'>): StreamBody {
  const prefix = fields.map(([k, v]) => `${formComponent(k)}=${formComponent(v)}&`).join('') + `${formComponent(fileField)}=`;
  return {
    contentType: 'application/x-www-form-urlencoded',
    singleUse: source.singleUse,
    async *open() {
      yield encoder.encode(prefix);
      let carry = new Uint8Array(0);
      for await (const chunk of source.read()) {
        const joined = concat(carry, toBytes(chunk));
        const usable = joined.byteLength - (joined.byteLength % 3);
        if (usable > 0) yield encoder.encode(formComponent(toBase64(joined.subarray(0, usable))));
        carry = joined.slice(usable);
      }
      if (carry.byteLength > 0) yield encoder.encode(formComponent(toBase64(carry)));
    },
  };
}

/** multipart/form-data with the fields first and the file as the last part. */
export function multipartBody(
  fields: readonly [string, string][],
  fileField: string,
  file: FileUpload,
  source: FileSource,
): StreamBody {
  const boundary = `----athenahealth-sdk-${randomHex()}`;
  const filename = (file.filename ?? 'upload').replace(/["\r\n]/g, '_');
  const contentType = (file.contentType ?? 'application/octet-stream').replace(/[\r\n]/g, '');
  const head = encoder.encode(
    fields.map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${quote(k)}"\r\n\r\n${v}\r\n`).join('') +
      `--${boundary}\r\nContent-Disposition: form-data; name="${quote(fileField)}"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`,
  );
  const tail = encoder.encode(`\r\n--${boundary}--\r\n`);
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    contentLength: source.size === undefined ? undefined : head.byteLength + source.size + tail.byteLength,
    singleUse: source.singleUse,
    async *open() {
      yield head;
      for await (const chunk of source.read()) yield toBytes(chunk);
      yield tail;
    },
  };
}

async function* once(data: Uint8Array): AsyncIterable<Uint8Array> {
  yield data;
}

/** A stream can be read once: a second pass (a retry) is refused rather than sending half a file. */
function singleUse(make: () => AsyncIterable<Uint8Array>, where: string): () => AsyncIterable<Uint8Array> {
  let used = false;
  return () => {
    if (used) throw new InvalidRequestError(`${where}: a streamed file can be sent only once; pass a Uint8Array to allow retries.`);
    used = true;
    return make();
  };
}

function isReadableStream(value: unknown): value is ReadableStream<Uint8Array> {
  return typeof value === 'object' && value !== null && typeof (value as ReadableStream).getReader === 'function';
}

async function* fromReadableStream(stream: ReadableStream<Uint8Array>): AsyncIterable<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

function toBytes(chunk: unknown): Uint8Array {
  if (chunk instanceof Uint8Array) return chunk;
  if (typeof chunk === 'string') return encoder.encode(chunk);
  throw new InvalidRequestError('upload: file chunks must be bytes.');
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.byteLength === 0) return b;
  const out = new Uint8Array(a.byteLength + b.byteLength);
  out.set(a, 0);
  out.set(b, a.byteLength);
  return out;
}

/** Base64 without Buffer, so the core stays runtime-neutral; btoa works on binary strings. */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.byteLength; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary);
}

function formComponent(text: string): string {
  return encodeURIComponent(text).replace(/%20/g, '+');
}

function quote(name: string): string {
  return name.replace(/["\r\n]/g, '_');
}

function randomHex(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
