/**
 * A raw `net` server that answers athena API requests with seeded random, often broken,
 * HTTP: any status, missing/duplicate/malformed headers, wrong Content-Length, invalid
 * JSON, huge, endless and slow-drip bodies, resets mid-body, redirects to another origin,
 * informational (1xx) answers first. The case is the practice id in the path
 * (`/v1/{case}/...`); each case draws its answers from its own PRNG, so a case replays
 * the same way for the same seed. Only loopback.
 */
import net from 'node:net';
import { gzipSync } from 'node:zlib';

/** mulberry32: tiny, fast, good enough to pick test inputs. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed per case from the run's seed and the case number. */
export function caseSeed(runSeed: number, caseId: number): number {
  return (Math.imul(runSeed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(caseId, 0xc2b2ae35)) >>> 0;
}

export interface CaseRecord {
  /** Requests other than GET that reached this server. */
  writes: number;
  /** Writes answered 401: the SDK replays those once with a fresh token, by design. */
  writesAnswered401: number;
  /**
   * Writes answered 421 Misdirected Request: the fetch standard (undici) resends such a
   * request once by itself when its body can be replayed. Known, not yet prevented.
   */
  writesAnswered421: number;
  /**
   * Writes answered 429: a throttle answer means athena's gateway refused the request before
   * athenaNet saw it, so the SDK retries writes after it too, by design (issue 15).
   */
  writesAnswered429: number;
  /** What each request of the case was answered with, in order (for failure messages). */
  answers: string[];
}

export interface HostileServer {
  url: string;
  cases: Map<number, CaseRecord>;
  /** Requests that reached the redirect target, by case: must stay empty. */
  redirectTargetHits: number[];
  stop(): Promise<void>;
}

interface Parsed {
  method: string;
  path: string;
  headers: Map<string, string>;
  body: Buffer;
}

type Rand = () => number;
type Answer = (socket: net.Socket, request: Parsed, rand: Rand, ctx: AnswerContext) => void;
interface AnswerContext {
  caseId: number;
  elsewhere: string;
  /** Bytes a huge body must pass to be past the client's maxResponseBytes. */
  hugeBytes: number;
  timers: Set<NodeJS.Timeout>;
}

const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
const int = (rand: Rand, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

function write(socket: net.Socket, data: string | Buffer): boolean {
  if (socket.destroyed) return false;
  return socket.write(data);
}

function head(status: number | string, headers: [string, string][]): string {
  const line = typeof status === 'number' ? `HTTP/1.1 ${status} Whatever` : status;
  return `${line}\r\n${headers.map(([n, v]) => `${n}: ${v}\r\n`).join('')}\r\n`;
}

function validJson(request: Parsed, ctx: AnswerContext, rand: Rand): string {
  if (request.path.includes('/providers')) {
    const offset = Number(/offset=(\d+)/.exec(request.path)?.[1] ?? 0);
    const next = pick(rand, [
      `/v1/${ctx.caseId}/providers?offset=${offset + 1}`,
      `/v1/${ctx.caseId}/providers?offset=${offset + 1}`,
      undefined,
      `${ctx.elsewhere}/v1/${ctx.caseId}/providers?offset=1`,
      '//evil.invalid/v1/1/providers',
      request.path,
    ]);
    return JSON.stringify({ providers: [{ providerid: offset + 1, firstname: 'Ann' }], totalcount: 5, ...(next ? { next } : {}) });
  }
  return JSON.stringify(pick(rand, [[{ patientid: '1' }], { patientid: '1', firstname: 'Ann' }, { success: true }, 'ok', 42, null]));
}

function bodyText(request: Parsed, ctx: AnswerContext, rand: Rand): string {
  return pick(rand, [
    () => validJson(request, ctx, rand),
    () => '{"error":"Broken',
    () => '<html><body>502 Bad Gateway</body></html>',
    () => '',
    () => '\ufeff  {"error": "with a BOM"}',
    () => '[1,2,',
    () => '{"__proto__": {"polluted": true}, "constructor": 1}',
    () => '\u0000\u0001\u0002',
    () => JSON.stringify({ error: 'x'.repeat(2000), detailedmessage: 'd', missingfields: 5, invalidfields: 'no' }),
  ])();
}

function randomHeaders(rand: Rand): [string, string][] {
  const out: [string, string][] = [];
  for (let i = int(rand, 0, 4); i > 0; i--) {
    out.push(
      pick(rand, [
        ['Content-Type', 'application/json'],
        ['content-type', 'text/html'],
        ['X-Request-Id', `req-${int(rand, 1, 1e6)}`],
        ['Retry-After', pick(rand, ['0', '1', '-5', 'soon', '99999', 'Wed, 21 Oct 2015 07:28:00 GMT'])],
        ['X-RateLimit-Limit', String(int(rand, 0, 10))],
        ['X-RateLimit-Remaining', String(int(rand, -1, 3))],
        ['Set-Cookie', 'a=b'],
        ['constructor', 'x'],
        ['__proto__', 'y'],
      ] as [string, string][]),
    );
  }
  return out;
}

/** A complete, framed answer: status, headers and body that agree. */
function framed(socket: net.Socket, status: number, headers: [string, string][], body: string | Buffer): void {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  write(socket, head(status, [...headers, ['Content-Length', String(bytes.length)]]));
  write(socket, bytes);
}

/** Writes `chunk` until the socket closes or `maxBytes` is reached. */
function flood(socket: net.Socket, chunk: Buffer, maxBytes: number, chunked: boolean, onDone: () => void): void {
  let sent = 0;
  const frame = chunked ? Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]) : chunk;
  const next = (): void => {
    while (!socket.destroyed) {
      if (sent >= maxBytes) return onDone();
      sent += chunk.length;
      if (!socket.write(frame)) {
        socket.once('drain', next);
        return;
      }
    }
  };
  next();
}

const ANSWERS: Record<string, Answer> = {
  ok(socket, request, rand, ctx) {
    framed(socket, pick(rand, [200, 200, 201, 202]), [['Content-Type', 'application/json'], ...randomHeaders(rand)], validJson(request, ctx, rand));
  },
  anyStatus(socket, request, rand, ctx) {
    const status = int(rand, 100, 599);
    if (status === 101) return void socket.destroy(); // an upgrade the client never asked for: treated as a drop
    framed(socket, status, randomHeaders(rand), bodyText(request, ctx, rand));
    if (status < 200) socket.end(); // a final 1xx: nothing more will come
  },
  noLengthThenClose(socket, request, rand, ctx) {
    write(socket, head(200, [['Content-Type', 'application/json'], ['Connection', 'close']]));
    write(socket, bodyText(request, ctx, rand));
    socket.end();
  },
  duplicateLengths(socket, _request, rand) {
    const body = '{"a":1}';
    const second = pick(rand, [String(body.length), String(body.length + 3), '0', 'abc']);
    write(socket, head(200, [['Content-Length', String(body.length)], ['Content-Length', second], ['Content-Type', 'application/json'], ['Content-Type', 'text/plain']]));
    write(socket, body);
  },
  malformedHeaders(socket, _request, rand) {
    const bad = pick(rand, [
      'NoColonHere',
      'Bad Name: x',
      'X-Long: ' + 'a'.repeat(int(rand, 10, 90_000)),
      ' folded: continuation',
      'X-Ctl: a\u0001b',
      'Content-Length: -1',
      'Transfer-Encoding: chunked, gzip',
    ]);
    write(socket, `HTTP/1.1 200 OK\r\n${bad}\r\nContent-Length: 2\r\n\r\n{}`);
  },
  badStatusLine(socket, _request, rand) {
    write(socket, pick(rand, ['HTTP/1.1 abc Nope\r\n\r\n', 'HTTP/9.9 200 OK\r\nContent-Length: 2\r\n\r\n{}', 'garbage\r\n\r\n', 'HTTP/1.1 2000 Big\r\n\r\n', '\r\n\r\n']));
    socket.end();
  },
  lengthTooLong(socket, request, rand, ctx) {
    const body = Buffer.from(bodyText(request, ctx, rand));
    write(socket, head(200, [['Content-Type', 'application/json'], ['Content-Length', String(body.length + int(rand, 1, 5000))]]));
    write(socket, body);
    if (rand() < 0.5) socket.end(); // else: the rest never comes
  },
  lengthTooShort(socket, request, rand, ctx) {
    const body = Buffer.from(`${validJson(request, ctx, rand)}HTTP/1.1 200 OK\r\n\r\ntrailing garbage`);
    write(socket, head(200, [['Content-Type', 'application/json'], ['Content-Length', String(Math.max(0, body.length - int(rand, 1, 40)))]]));
    write(socket, body);
  },
  huge(socket, _request, rand, ctx) {
    const withLength = rand() < 0.5;
    const size = ctx.hugeBytes * int(rand, 2, 8);
    const chunked = !withLength && rand() < 0.5;
    const headers: [string, string][] = [['Content-Type', 'application/json']];
    if (withLength) headers.push(['Content-Length', String(size)]);
    else if (chunked) headers.push(['Transfer-Encoding', 'chunked']);
    else headers.push(['Connection', 'close']);
    write(socket, head(200, headers));
    flood(socket, Buffer.alloc(4096, 0x61), size, chunked, () => {
      if (chunked) write(socket, '0\r\n\r\n');
      if (!withLength && !chunked) socket.end();
    });
  },
  endless(socket, _request, rand) {
    const chunked = rand() < 0.5;
    write(socket, head(200, [['Content-Type', 'application/json'], chunked ? ['Transfer-Encoding', 'chunked'] : ['Content-Length', String(2 ** 40)]]));
    flood(socket, Buffer.alloc(16_384, 0x20), 256 * 1024 * 1024, chunked, () => socket.destroy());
  },
  slowDrip(socket, _request, rand, ctx) {
    write(socket, head(200, [['Content-Type', 'application/json'], ['Transfer-Encoding', 'chunked']]));
    const everyMs = int(rand, 5, 40);
    const timer = setInterval(() => {
      if (socket.destroyed) return void clearInterval(timer);
      write(socket, '1\r\n \r\n');
    }, everyMs);
    ctx.timers.add(timer);
  },
  resetMidBody(socket, request, rand, ctx) {
    const body = Buffer.from(validJson(request, ctx, rand));
    write(socket, head(200, [['Content-Type', 'application/json'], ['Content-Length', String(body.length * 2)]]));
    write(socket, body.subarray(0, int(rand, 0, body.length)));
    setImmediate(() => socket.resetAndDestroy());
  },
  resetBeforeAnswer(socket, _request, rand) {
    if (rand() < 0.5) socket.resetAndDestroy();
    else socket.end();
  },
  silent() {
    // Reads the request and never answers: the attempt timeout ends it.
  },
  redirect(socket, request, rand, ctx) {
    const status = pick(rand, [301, 302, 303, 307, 308]);
    framed(socket, status, [['Location', `${ctx.elsewhere}${request.path}`]], '');
  },
  informationalFirst(socket, request, rand, ctx) {
    for (let i = int(rand, 1, 3); i > 0; i--) write(socket, head(pick(rand, [100, 102, 103]), pick(rand, [[], [['Link', '</a.css>; rel=preload']]])));
    ANSWERS[pick(rand, ['ok', 'anyStatus', 'huge', 'resetMidBody'])]?.(socket, request, rand, ctx);
  },
  gzipBomb(socket, _request, _rand, ctx) {
    const bomb = gzipSync(Buffer.alloc(ctx.hugeBytes * 64, 0x20));
    write(socket, head(200, [['Content-Type', 'application/json'], ['Content-Encoding', 'gzip'], ['Content-Length', String(bomb.length)]]));
    write(socket, bomb);
  },
  badChunks(socket, _request, rand) {
    write(socket, head(200, [['Content-Type', 'application/json'], ['Transfer-Encoding', 'chunked']]));
    write(socket, pick(rand, ['zz\r\n{}\r\n0\r\n\r\n', '5\r\n{}\r\n0\r\n\r\n', '2\r\n{}', 'ffffffffffffffff\r\n{}']));
    if (rand() < 0.5) socket.end();
  },
};
const ANSWER_NAMES = Object.keys(ANSWERS);

/** Parses one request from the front of `buffer`; undefined until it is all there. */
function parseRequest(buffer: Buffer): { request: Parsed; rest: Buffer } | undefined {
  const end = buffer.indexOf('\r\n\r\n');
  if (end === -1) return undefined;
  const lines = buffer.subarray(0, end).toString('latin1').split('\r\n');
  const [method = '', path = ''] = (lines[0] ?? '').split(' ');
  const headers = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const length = Number(headers.get('content-length') ?? 0);
  if (buffer.length < end + 4 + length) return undefined;
  return { request: { method, path, headers, body: buffer.subarray(end + 4, end + 4 + length) }, rest: buffer.subarray(end + 4 + length) };
}

export async function startHostileServer(options: { runSeed: number; hugeBytes: number }): Promise<HostileServer> {
  const cases = new Map<number, CaseRecord>();
  const rands = new Map<number, Rand>();
  const sockets = new Set<net.Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const redirectTargetHits: number[] = [];

  const elsewhereServer = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
    socket.once('data', (data) => {
      redirectTargetHits.push(Number(/\/v1\/(\d+)\//.exec(data.toString('latin1'))?.[1] ?? -1));
      socket.end('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}');
    });
  });
  await new Promise<void>((resolve) => elsewhereServer.listen(0, '127.0.0.1', resolve));
  const elsewhere = `http://127.0.0.1:${(elsewhereServer.address() as net.AddressInfo).port}`;

  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
    let buffer: Buffer = Buffer.alloc(0);
    socket.on('data', (data) => {
      buffer = Buffer.concat([buffer, data]);
      for (let parsed = parseRequest(buffer); parsed; parsed = parseRequest(buffer)) {
        buffer = parsed.rest;
        answer(socket, parsed.request);
      }
    });
  });

  function answer(socket: net.Socket, request: Parsed): void {
    const caseId = Number(/^\/v1\/(\d+)\//.exec(request.path)?.[1] ?? -1);
    let record = cases.get(caseId);
    if (!record) cases.set(caseId, (record = { writes: 0, writesAnswered401: 0, writesAnswered421: 0, writesAnswered429: 0, answers: [] }));
    let rand = rands.get(caseId);
    if (!rand) rands.set(caseId, (rand = prng(caseSeed(options.runSeed, caseId))));
    const name = pick(rand, ANSWER_NAMES);
    const isWrite = request.method !== 'GET';
    if (isWrite) record.writes++;
    record.answers.push(`${request.method} ${name}`);
    const ctx: AnswerContext = { caseId, elsewhere, hugeBytes: options.hugeBytes, timers };
    // 401 (once, with a new token) and 429 (a throttle answer) are the answers after which the SDK sends a write again.
    const status401 = /^HTTP\/1\.1 401 /;
    const status421 = /^HTTP\/1\.1 421 /;
    const status429 = /^HTTP\/1\.1 429 /;
    if (isWrite) {
      const original = socket.write.bind(socket) as (chunk: string | Buffer) => boolean;
      const counted = record;
      socket.write = ((chunk: string | Buffer) => {
        if (typeof chunk === 'string' && status401.test(chunk)) counted.writesAnswered401++;
        if (typeof chunk === 'string' && status421.test(chunk)) counted.writesAnswered421++;
        if (typeof chunk === 'string' && status429.test(chunk)) counted.writesAnswered429++;
        return original(chunk);
      }) as typeof socket.write;
      ANSWERS[name]?.(socket, request, rand, ctx);
      socket.write = original as typeof socket.write;
    } else {
      ANSWERS[name]?.(socket, request, rand, ctx);
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  return {
    url,
    cases,
    redirectTargetHits,
    async stop() {
      for (const timer of timers) clearInterval(timer);
      for (const socket of sockets) socket.destroy();
      await Promise.all([server, elsewhereServer].map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
    },
  };
}
