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
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
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
  text: string,
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
