/**
 * A profiling target: only the SDK's getPatient at one concurrency against the simulator in
 * another process, so `node --cpu-prof` shows the SDK's own hot path.
 *
 * Usage: node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/profile-target.ts [client] [concurrency] [ms]
 * client: sdk (default) or raw (node:http keep-alive, for comparison).
 */
import http from 'node:http';
import { fetchToken, loadSdk, runLoad, startSimulatorProcess } from './harness.js';

const { AthenaClient } = await loadSdk();

const [which = 'sdk', concurrency = '16', ms = '5000'] = process.argv.slice(2);
const sim = await startSimulatorProcess();
const athena = new AthenaClient({ clientId: sim.clientId, clientSecret: sim.clientSecret, practiceId: sim.practiceId, baseUrl: sim.url, logLevel: 'off' });
const token = await fetchToken(sim);
const agent = new http.Agent({ keepAlive: true });
const origin = new URL(sim.url);
const raw = (i: number) =>
  new Promise((resolve, reject) => {
    const req = http.request({ hostname: origin.hostname, port: origin.port, path: `/v1/${sim.practiceId}/patients/${(i % 1000) + 1}`, agent, headers: { authorization: `Bearer ${token}`, accept: 'application/json' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
    });
    req.on('error', reject);
    req.end();
  });
const call = which === 'raw' ? raw : (i: number) => athena.patients.getPatient(String((i % 1000) + 1));
const result = await runLoad(call, Number(concurrency), Number(ms));
console.log(which, JSON.stringify(result));
athena.close();
agent.destroy();
await sim.stop();
