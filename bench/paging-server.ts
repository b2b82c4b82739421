/**
 * A small athena-like list server for the paging benchmark, in its own process so the
 * client's work never delays its answers: every page of `GET /v1/195900/patients` is
 * answered after `PAGING_LATENCY_MS`, with `PAGING_PER_PAGE` patients and a `next` link
 * until `PAGING_PAGES`. Token requests are answered at once. Prints one JSON line: its URL.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const latencyMs = Number(process.env.PAGING_LATENCY_MS ?? 100);
const pages = Number(process.env.PAGING_PAGES ?? 20);
const perPage = Number(process.env.PAGING_PER_PAGE ?? 100);

const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/oauth2/v1/token') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ access_token: 'bench-token', token_type: 'Bearer', expires_in: 3600 }));
      return;
    }
    const page = Number(url.searchParams.get('offset') ?? 0) / perPage + 1;
    const patients = Array.from({ length: perPage }, (_, i) => ({ patientid: String((page - 1) * perPage + i + 1), lastname: 'Smith', firstname: `Pat${i}` }));
    const next = page < pages ? `/v1/195900/patients?lastname=Smith&limit=${perPage}&offset=${page * perPage}` : undefined;
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ patients, totalcount: pages * perPage, ...(next ? { next } : {}) }));
    }, latencyMs);
  });
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })}\n`);
});
const stop = () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.stdin.on('end', stop);
process.stdin.resume();
