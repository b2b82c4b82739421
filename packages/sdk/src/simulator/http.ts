import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';

export const JSON_TYPE = 'application/json;charset=UTF-8';
export const FORM_TYPE = 'application/x-www-form-urlencoded';

/** Largest request body read; athena's own limit is unknown, this only guards the test process. */
const MAX_BODY_BYTES = 20 * 1024 * 1024;

/** Reads the whole request body as UTF-8; resolves '' at once when the request has none. */
export function readBody(req: IncomingMessage): Promise<string> {
  const headers = req.headers;
  if (headers['content-length'] === undefined && headers['transfer-encoding'] === undefined) {
    return Promise.resolve('');
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('request body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    // Multipart bodies carry raw file bytes: latin1 keeps every byte as one character.
    const encoding = isMultipartBody(req) ? 'latin1' : 'utf8';
    req.on('end', () => resolve(Buffer.concat(chunks).toString(encoding)));
    req.on('error', reject);
  });
}

/** Whether the request declares a multipart/form-data body (file uploads). */
export function isMultipartBody(req: IncomingMessage): boolean {
  return (req.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/form-data');
}

/**
 * Decodes a multipart body read as latin1 into `target`: text fields as UTF-8, file parts
 * as base64 (what the base64 form field would have carried), names lower-cased.
 */
export function decodeMultipart(req: IncomingMessage, body: string, target: Record<string, string>): Record<string, string> {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(req.headers['content-type'] ?? '');
  const marker = `--${boundary?.[1] ?? boundary?.[2] ?? ''}`;
  if (marker === '--') return target;
  for (const part of body.split(marker).slice(1)) {
    if (part.startsWith('--')) break;
    const split = part.indexOf('\r\n\r\n');
    if (split < 0) continue;
    const head = part.slice(0, split);
    const content = part.slice(split + 4, part.endsWith('\r\n') ? -2 : undefined);
    const name = /name="([^"]*)"/i.exec(head)?.[1]?.toLowerCase();
    if (name === undefined || name === '__proto__') continue;
    const bytes = Buffer.from(content, 'latin1');
    target[name] = /filename=/i.test(head) ? bytes.toString('base64') : bytes.toString('utf8');
  }
  return target;
}

/** Whether the request declares a form-encoded body (parameters may be in it). */
export function isFormBody(req: IncomingMessage): boolean {
  const type = req.headers['content-type'];
  return type !== undefined && type.toLowerCase().startsWith(FORM_TYPE);
}

/** Writes a complete answer; `headers` is extended in place to save an allocation on the hot path. */
export function send(
  res: ServerResponse,
  status: number,
  contentType: string,
  text: string | Buffer,
  headers: OutgoingHttpHeaders = {},
): void {
  headers['content-type'] = contentType;
  headers['content-length'] = Buffer.byteLength(text);
  res.writeHead(status, headers);
  res.end(text);
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers?: OutgoingHttpHeaders): void {
  send(res, status, JSON_TYPE, JSON.stringify(body), headers);
}

/** Parses a JSON request body, or returns undefined when it is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
