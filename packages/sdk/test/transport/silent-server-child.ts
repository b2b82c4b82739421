/**
 * Child process of wire.test.ts: one call to a server (in the parent) that accepts the
 * request and never answers. The call is the only thing this process waits on, so it
 * shows that the attempt's time limit still fires: the in-flight socket keeps the process
 * alive even though the SDK's attempt timer itself does not.
 */
import { AthenaClient } from '../../src/index.js';

const [baseUrl] = process.argv.slice(2);
const athena = new AthenaClient({ clientId: 'id', clientSecret: 'secret', practiceId: '1', baseUrl, logLevel: 'off', maxRetries: 0, timeoutMs: 300 });
const started = Date.now();
const outcome = await athena.practice.ping().then(
  () => 'answered',
  (error: Error) => error.name,
);
athena.close();
console.log(JSON.stringify({ outcome, elapsedMs: Date.now() - started }));
