/**
 * One client's `getPatient` calls over an in-memory socket, for counting instructions
 * per call under callgrind (see bench/instructions.sh): no kernel, no server process, so
 * the count is the client's own work and repeats within 1-2% between invocations.
 *
 * Env: CLIENT=sdk|sdk-unlearned|raw (sdk-unlearned: `adaptiveRateLimit: false`, so sdk less it is
 * what learning the throttle costs per call), CALLS (measured calls after a 6,000-call warm-up; 0 measures the warm-up alone).
 */
import http from 'node:http';
import { Duplex } from 'node:stream';
import { loadSdk } from './harness.js';

const patient = JSON.stringify([{ patientid: 5, firstname: 'Ada', lastname: 'Lovelace', dob: '12/10/1985', sex: 'F', departmentid: 1, primaryproviderid: 71, status: 'active', homephone: '6175550100', email: 'ada@example.com', address1: '1 Main St', city: 'Boston', state: 'MA', zip: '02110', balances: [{ balance: 0, departmentlist: '1', providergroupid: 1 }] }]);
const reply = (body: string, extra = '') => Buffer.from(`HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n${extra}Connection: keep-alive\r\nKeep-Alive: timeout=5\r\n\r\n${body}`);
const patientReply = reply(patient, `x-request-id: rrt-1-c-sim-1\r\nx-ratelimit-limit: 50000\r\nx-ratelimit-remaining: 49000\r\n`);
const tokenReply = reply(JSON.stringify({ access_token: 'token', token_type: 'Bearer', expires_in: 3600 }));

/** Answers each complete request on the next turn of the event loop, like a fast server would. */
class InMemorySocket extends Duplex {
  override _read(): void {}
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    const text = chunk.toString('latin1');
    if (text.includes('grant_type=')) setImmediate(() => this.push(tokenReply));
    else if (text.startsWith('GET') && text.endsWith('\r\n\r\n')) setImmediate(() => this.push(patientReply));
    done();
  }
  setNoDelay(): this { return this; }
  setKeepAlive(): this { return this; }
  setTimeout(): this { return this; }
  ref(): this { return this; }
  unref(): this { return this; }
}
// Every agent in this process (the SDK's and the raw client's) connects to the in-memory socket.
(http.Agent.prototype as unknown as { createConnection: unknown }).createConnection = (_options: unknown, connected?: (error: null, socket: Duplex) => void) => {
  const socket = new InMemorySocket();
  if (connected) process.nextTick(() => connected(null, socket));
  return socket;
};

const path = (i: number) => `/v1/195900/patients/${(i % 1000) + 1}`;
const agent = new http.Agent({ keepAlive: true });
const raw = (i: number) =>
  new Promise((resolve, reject) => {
    const req = http.request({ hostname: '127.0.0.1', port: 9, path: path(i), agent, headers: { authorization: 'Bearer token', accept: 'application/json' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
    });
    req.on('error', reject);
    req.end();
  });

const { AthenaClient } = await loadSdk();
const athena = new AthenaClient({ clientId: 'id', clientSecret: 'secret', practiceId: '195900', baseUrl: 'http://127.0.0.1:9', logLevel: 'off', adaptiveRateLimit: process.env.CLIENT !== 'sdk-unlearned' });
const sdk = (i: number) => athena.patients.getPatient(String((i % 1000) + 1));

const call = process.env.CLIENT === 'raw' ? raw : sdk;
const total = 6_000 + Number(process.env.CALLS ?? 0);
for (let i = 0; i < total; i++) await call(i);
process.exit(0);
