/**
 * `requestNotSent` (which lets a write be retried without `retryWrites`) is set only when
 * the failure proves no connection carried the request: a refused or failed connect.
 * An error on a connection that already carried the request, whatever its code, is not proof.
 */
import dc from 'node:diagnostics_channel';
import net from 'node:net';
import type { Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ConnectionError, type AthenaClientOptions } from '../../src/index.js';
import { startStubServer, stubClient, type StubServer } from '../helpers.js';

const SENDERS: [string, AthenaClientOptions][] = [
  ['node:http', {}],
  ['fetch', { fetch: (input, init) => globalThis.fetch(input, init) }],
];

/** Every client socket the process opens (both senders go through net.connect). */
const clientSockets: Socket[] = [];
const onSocket = (message: unknown) => clientSockets.push((message as { socket: Socket }).socket);
dc.subscribe('net.client.socket', onSocket);

const stubs: StubServer[] = [];
let socketHook: ((socket: Socket) => void) | undefined;
afterEach(async () => {
  socketHook = undefined;
  clientSockets.length = 0;
  await Promise.all(stubs.splice(0).map((s) => s.stop()));
});
dc.subscribe('net.client.socket', (message) => socketHook?.((message as { socket: Socket }).socket));

function systemError(code: string, syscall: string): Error {
  return Object.assign(new Error(`${syscall} ${code}`), { code, syscall });
}

/** Counts attempts that reach the sender (after the retry policy). */
function attemptCounter(): { attempts: number; options: AthenaClientOptions } {
  const counter = {
    attempts: 0,
    options: {
      policies: [
        {
          name: 'count-api-attempts',
          send: (request, next) => {
            counter.attempts++;
            return next(request);
          },
        },
      ],
    } as AthenaClientOptions,
  };
  return counter;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe.each(SENDERS)('requestNotSent on the %s sender', (_name, senderOptions) => {
  it('a write whose connection fails after the server read it is sent once, requestNotSent false, even for EHOSTUNREACH', async () => {
    const api = await startStubServer((req, res) => {
      if (req.method !== 'PUT') return void res.end('{}');
      // The server has the whole request; now the network reports the host unreachable on that connection.
      const socket = clientSockets.find((s) => s.localPort === req.socket.remotePort);
      socket?.destroy(systemError('EHOSTUNREACH', 'read'));
    });
    stubs.push(api);
    const athena = stubClient(api, { ...senderOptions, maxRetries: 2 });
    await athena.practice.ping(); // a token first, so only the write is in play
    const error = await athena.request('PUT', '/patients/1', { email: 'ann@example.com' }).catch((e: unknown) => e);
    athena.close();
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).requestNotSent).toBe(false);
    expect(api.requests.filter((r) => r.method === 'PUT')).toHaveLength(1);
  });

  it('a server that reads the write and drops the connection gets it once, requestNotSent false', async () => {
    const api = await startStubServer((req) => req.socket.destroy());
    stubs.push(api);
    const athena = stubClient(api, { ...senderOptions, maxRetries: 2 });
    const error = await athena.request('POST', '/patients', { lastname: 'Smith' }).catch((e: unknown) => e);
    athena.close();
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).requestNotSent).toBe(false);
    expect(api.requests.filter((r) => r.method === 'POST' && r.url.includes('/patients'))).toHaveLength(1);
  });

  it('a refused connection proves nothing was sent: requestNotSent true, and the write is retried', async () => {
    const tokens = await startStubServer((_req, res) => res.end('{}'));
    stubs.push(tokens);
    const counter = attemptCounter();
    const athena = stubClient(tokens, {
      ...senderOptions,
      ...counter.options,
      baseUrl: `http://127.0.0.1:${await freePort()}`,
      tokenUrl: `${tokens.url}/oauth2/v1/token`,
      maxRetries: 2,
    });
    const error = await athena.request('PUT', '/patients/1', { email: 'ann@example.com' }).catch((e: unknown) => e);
    athena.close();
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).requestNotSent).toBe(true);
    expect(counter.attempts).toBe(3);
  });

  it('a connect that fails with EHOSTUNREACH proves nothing was sent, and the write is retried', async () => {
    const api = await startStubServer((_req, res) => res.end('{}'));
    stubs.push(api);
    const counter = attemptCounter();
    const athena = stubClient(api, { ...senderOptions, ...counter.options, maxRetries: 2 });
    await athena.practice.ping();
    const before = counter.attempts;
    // Every new connection fails while connecting, as a route that went away would make it.
    socketHook = (socket) => queueMicrotask(() => socket.destroy(systemError('EHOSTUNREACH', 'connect')));
    // Keep-alive sockets from the ping would carry the write: close them first.
    for (const socket of clientSockets) socket.destroy();
    const error = await athena.request('PUT', '/patients/1', { email: 'ann@example.com' }).catch((e: unknown) => e);
    athena.close();
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).requestNotSent).toBe(true);
    expect(counter.attempts - before).toBe(3);
    expect(api.requests.filter((r) => r.method === 'PUT')).toHaveLength(0);
  });
});
