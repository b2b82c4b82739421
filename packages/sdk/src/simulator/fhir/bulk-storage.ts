/**
 * The "storage host" of exports with `requiresAccessToken: false`: a second loopback server
 * serving the files behind signed URLs (`?expires=…&sig=…`, an HMAC the simulator checks),
 * as a cloud bucket would. Like such a bucket it refuses a request that also carries an
 * Authorization header, so a client that leaks its token there fails loudly. Its requests
 * are recorded in `sim.requests` with the rest. Started on first use, stopped with the simulator.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isTransportFault, runTransportFault } from '../faults.js';
import { respond, type Exchange, type SimState } from '../state.js';
import { serveFile } from './bulk-files.js';
import type { BulkExportsState } from './bulk-jobs.js';

const PREFIX = '/storage/';
const LIFETIME_MS = 3_600_000;

export class BulkStorage {
  readonly #key = randomBytes(32);
  #server: Server | undefined;
  #url: Promise<string> | undefined;

  constructor(
    private readonly state: SimState,
    private readonly exports: BulkExportsState,
  ) {}

  /** `http://127.0.0.1:PORT/storage/{job}/`, starting the server the first time. */
  async baseUrl(jobId: string): Promise<string> {
    return `${await (this.#url ??= this.#start())}${PREFIX}${jobId}/`;
  }

  /** Only after `baseUrl` resolved once. */
  signedUrl(jobId: string, name: string): string {
    const server = this.#server as Server;
    const { port } = server.address() as AddressInfo;
    const expires = String(Date.now() + LIFETIME_MS);
    return `http://127.0.0.1:${port}${PREFIX}${jobId}/${name}?expires=${expires}&sig=${this.#sign(jobId, name, expires)}`;
  }

  stop(): Promise<void> {
    const server = this.#server;
    if (server === undefined) return Promise.resolve();
    return new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  #sign(jobId: string, name: string, expires: string): string {
    return createHmac('sha256', this.#key).update(`${jobId}/${name}:${expires}`).digest('hex');
  }

  async #start(): Promise<string> {
    const server = createServer((req, res) => {
      try {
        this.#handle(req, res);
      } catch {
        res.destroy();
      }
    });
    this.#server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  #handle(req: IncomingMessage, res: ServerResponse): void {
    const state = this.state;
    const url = new URL(req.url ?? '/', 'http://storage');
    const query = Object.fromEntries(url.searchParams);
    const ex: Exchange = { req, res, method: req.method ?? 'GET', path: url.pathname, query, body: '', entry: state.log.record(req, url.pathname, query, '') };
    const headers = {};
    const text = (status: number, message: string) => respond(state, ex, status, 'text/plain', message, headers);
    const fault = state.faults.take('api', ex.method, ex.path, isTransportFault);
    if (fault !== undefined) {
      const faulted = runTransportFault(fault, res, headers);
      if (faulted !== undefined) respond(state, ex, faulted.status, faulted.contentType, faulted.text, faulted.headers);
      return;
    }
    if (req.headers.authorization !== undefined) return text(400, 'Only one authentication mechanism is allowed: the signed URL, or an Authorization header.');
    if (ex.method !== 'GET' || !url.pathname.startsWith(PREFIX)) return text(404, 'Not found.');
    const [jobId = '', name = ''] = url.pathname.slice(PREFIX.length).split('/');
    const expires = url.searchParams.get('expires') ?? '';
    const given = Buffer.from(url.searchParams.get('sig') ?? '', 'utf8');
    const wanted = Buffer.from(this.#sign(jobId, name, expires), 'utf8');
    if (given.length !== wanted.length || !timingSafeEqual(given, wanted) || !(Number(expires) > Date.now())) return text(403, 'The signature is invalid or has expired.');
    const job = this.exports.jobs.get(jobId);
    const file = job?.expired === false ? job.files?.find((f) => f.name === name) : undefined;
    if (job === undefined || file === undefined) return text(404, 'Not found.');
    serveFile(state, this.exports, ex, job, file, headers);
  }
}
