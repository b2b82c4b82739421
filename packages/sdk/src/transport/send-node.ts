/**
 * The default sender on Node: Node's own HTTP client with keep-alive agents. On
 * Node 20 it serves 2-3x the requests per second of global fetch, without a dependency.
 * `node:http` is imported lazily so the core still loads on runtimes without it.
 */
import type * as NodeHttp from 'node:http';
import type * as NodeHttps from 'node:https';
import { AthenaError, ConnectionError, RequestAbortedError, ResponseTooLargeError, TimeoutError } from '../base/errors.js';
import { toConnectionError } from './network-errors.js';
import { NodeResponse, rawHeader } from './node-response.js';
import { nodeResponseStream } from './node-stream.js';
import { DEFAULT_MAX_RESPONSE_BYTES, isStreamBody, type HttpRequest, type HttpResponse, type Sender, type StreamBody } from '../base/http.js';

interface NodeModules {
  http: typeof NodeHttp;
  https: typeof NodeHttps;
  httpAgent: NodeHttp.Agent;
  httpsAgent: NodeHttps.Agent;
}

export interface ClosableSender {
  send: Sender;
  /** Closes idle keep-alive sockets so the process can exit. */
  close(): void;
}

export function isNodeRuntime(): boolean {
  const proc = (globalThis as { process?: { versions?: { node?: string } } }).process;
  return typeof proc?.versions?.node === 'string' && !('Bun' in globalThis) && !('Deno' in globalThis);
}

export function createNodeSender(): ClosableSender {
  let modules: NodeModules | undefined;
  let loading: Promise<NodeModules> | undefined;

  const load = async (): Promise<NodeModules> => {
    const [http, https] = await Promise.all([import('node:http'), import('node:https')]);
    modules = {
      http,
      https,
      httpAgent: new http.Agent({ keepAlive: true }),
      httpsAgent: new https.Agent({ keepAlive: true }),
    };
    return modules;
  };

  // Not an async function: once the modules are loaded, the sender's promise is the caller's, with no extra hop.
  const send: Sender = (request) =>
    modules ? sendWith(modules, request) : (loading ??= load()).then((mods) => sendWith(mods, request));

  return {
    send,
    close() {
      modules?.httpAgent.destroy();
      modules?.httpsAgent.destroy();
    },
  };
}

function sendWith(mods: NodeModules, request: HttpRequest): Promise<HttpResponse> {
  const { origin, signal, body } = request;
  const attemptMs = request.deadline.attemptMs(request.timeoutMs);
  const limit = request.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  return new Promise<HttpResponse>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new RequestAbortedError('The request was aborted by the caller.', { cause: signal.reason }));
      return;
    }
    const isHttps = origin.protocol === 'https:';

    let settled = false;
    const finish = (error: Error | undefined, response?: HttpResponse) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (error) reject(error);
      else resolve(response as HttpResponse);
    };

    const req = (isHttps ? mods.https : mods.http).request(
      {
        hostname: origin.hostname,
        port: origin.port,
        path: request.path,
        method: request.method,
        headers: headerList(request),
        agent: isHttps ? mods.httpsAgent : mods.httpAgent,
      },
      (res) => {
        // A body cut short surfaces here too: Node destroys the response with an 'aborted' error.
        res.on('error', onError);
        const status = res.statusCode ?? 0;
        if (request.streamResponse === true && status >= 200 && status < 300) {
          // The headers are in: from here the stream's own idle timer watches the body.
          finish(undefined, new NodeResponse(status, res.rawHeaders, '', undefined, nodeResponseStream(req, res, request)));
          return;
        }
        // Past the limit the body is not read on: the socket is destroyed and the call fails.
        const tooLarge = () => {
          const error = new ResponseTooLargeError(request.operation, limit);
          req.destroy(error);
          finish(error);
        };
        // From the raw list: res.headers would build a record on every call.
        const declared = Number(rawHeader(res.rawHeaders, 'content-length'));
        if (declared > limit) {
          tooLarge();
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > limit) tooLarge();
          else chunks.push(chunk);
        });
        res.on('end', () => {
          if (!res.complete) {
            finish(new ConnectionError(`${request.operation}: the connection closed before the response was complete.`, { requestNotSent: false }));
            return;
          }
          // A listener's exception would escape the call's promise and crash the process: it becomes the call's error.
          try {
            const bytes = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
            finish(undefined, new NodeResponse(res.statusCode ?? 0, res.rawHeaders, bytes.toString('utf8'), bytes));
          } catch (error) {
            finish(new AthenaError(`${request.operation}: the response could not be read.`, { cause: error }));
          }
        });
      },
    );

    // Whether a connection may have carried bytes of this request: a reused keep-alive
    // socket, or a new one once connected. Until then a failure proves nothing was sent.
    let mayHaveBeenSent = false;
    // A new socket destroyed before it is handed over (a failed connect) never carried anything.
    req.once('socket', (socket) => {
      if (req.reusedSocket) mayHaveBeenSent = true;
      else if (socket.connecting) socket.once('connect', () => (mayHaveBeenSent = true));
      else if (!socket.destroyed) mayHaveBeenSent = true;
    });

    const onError = (error: Error) => finish(asTransportError(error, request.operation, mayHaveBeenSent));
    const onAbort = () => {
      const error = new RequestAbortedError('The request was aborted by the caller.', { cause: signal?.reason });
      req.destroy(error);
      finish(error);
    };
    const timer = setTimeout(() => {
      const error = new TimeoutError(`${request.operation}: no complete response within ${attemptMs} ms.`);
      req.destroy(error);
      finish(error);
    }, attemptMs);
    // The in-flight socket keeps the process alive; a referenced timer would only add work:
    // Node recreates a referenced timer's list and toggles the loop's reference on each call.
    timer.unref();

    signal?.addEventListener('abort', onAbort, { once: true });
    req.on('error', onError);
    if (isStreamBody(body)) pump(req, body).catch((error: unknown) => req.destroy(error instanceof Error ? error : new Error(String(error))));
    else req.end(body);
  });
}

function asTransportError(error: Error, operation: string, mayHaveBeenSent: boolean): Error {
  return error instanceof AthenaError ? error : toConnectionError(error, operation, mayHaveBeenSent);
}

/**
 * The request's headers as a flat `[name, value, ...]` list, Host first. Node writes a
 * list as given (still validating each header) and skips the per-header `setHeader`
 * bookkeeping an object goes through: measurably cheaper on every attempt.
 */
function headerList(request: HttpRequest): string[] {
  const list = ['host', request.origin.host];
  const { headers, body } = request;
  // Own properties only: a polluted Object.prototype must not become a request header.
  for (const name of Object.keys(headers)) list.push(name, headers[name] as string);
  if (typeof body === 'string') list.push('content-length', String(Buffer.byteLength(body)));
  else if (body?.contentLength !== undefined) list.push('content-length', String(body.contentLength));
  return list;
}

/** Writes a streamed body chunk by chunk, waiting for the socket to drain: never the whole file in memory. */
async function pump(req: NodeHttp.ClientRequest, body: StreamBody): Promise<void> {
  for await (const chunk of body.open()) {
    if (req.destroyed) return;
    if (!req.write(chunk)) await drained(req);
  }
  req.end();
}

/** Resolves on 'drain'; rejects if the request fails first (node:events stays unimported). */
function drained(req: NodeHttp.ClientRequest): Promise<void> {
  return new Promise((resolve, reject) => {
    const onDrain = () => {
      req.off('close', onClose);
      resolve();
    };
    const onClose = () => {
      req.off('drain', onDrain);
      reject(new Error('the request closed while the body was being sent'));
    };
    req.once('drain', onDrain);
    req.once('close', onClose);
  });
}
