/**
 * HTML and PDF answers: the simulator answers them with their real content types, as
 * athena does when the Accept header asks, and the SDK's typed methods give text for HTML
 * and the exact bytes for files, through both transports.
 */
import { describe, expect } from 'vitest';
import { it } from '../fixtures.js';

/** Bytes that are not UTF-8 (a PDF's binary marker line): a body read as text would change them. */
const FILE = Buffer.concat([Buffer.from('%PDF-1.4\n%'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0x00, 0xff, 0x80]), Buffer.from('\n%%EOF\n')]);

async function rawGet(sim: { url: string; practiceId: string }, token: string, path: string, accept?: string) {
  const response = await fetch(`${sim.url}/v1/${sim.practiceId}${path}`, { headers: { authorization: `Bearer ${token}`, ...(accept ? { accept } : {}) } });
  return { status: response.status, type: response.headers.get('content-type') ?? '', bytes: Buffer.from(await response.arrayBuffer()) };
}

async function tokenOf(sim: { tokenUrl: string; clientId: string; clientSecret: string }): Promise<string> {
  const response = await fetch(sim.tokenUrl, {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from(`${sim.clientId}:${sim.clientSecret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials&scope=athena%2Fservice%2FAthenanet.MDP.*',
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

describe('HTML and PDF answers', () => {
  it('a receipt is JSON receipthtml by default, text/html or application/pdf when asked; the SDK gives the HTML', async ({ sim, athena }) => {
    const { epaymentid } = (await athena.payments.recordPayment('5', { departmentid: '1', paymentmethod: 'CASH', copayamount: '20' })) as { epaymentid: string };
    const html = await athena.payments.getReceipt('5', epaymentid);
    expect(html).toMatch(/^<html>.*Amount paid: \$20\.00/);
    expect(sim.requests.find((r) => r.path.endsWith(`/receipts/${epaymentid}`))?.headers.accept).toBe('text/html');

    const token = await tokenOf(sim);
    const json = await rawGet(sim, token, `/patients/5/receipts/${epaymentid}`);
    expect(json.type).toMatch(/^application\/json/);
    expect(JSON.parse(json.bytes.toString('utf8'))).toEqual({ receipthtml: html });
    const asHtml = await rawGet(sim, token, `/patients/5/receipts/${epaymentid}`, 'text/html');
    expect(asHtml.type).toMatch(/^text\/html/);
    expect(asHtml.bytes.toString('utf8')).toBe(html);
    const asPdf = await rawGet(sim, token, `/patients/5/receipts/${epaymentid}`, 'application/pdf');
    expect(asPdf.type).toBe('application/pdf');
    expect(asPdf.bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
    expect(asPdf.bytes.subarray(-6).toString('latin1')).toBe('%%EOF\n');
  });

  it('a signed receipt comes back byte for byte as application/pdf, through the Node and the fetch transports', async ({ sim, athena, client }) => {
    const { epaymentid } = (await athena.payments.recordPayment('5', { departmentid: '1', paymentmethod: 'CASH' })) as { epaymentid: string };
    await expect(athena.payments.getSignedReceipt('5', epaymentid)).rejects.toMatchObject({ status: 404 });
    await athena.payments.uploadSignedReceipt('5', epaymentid, { attachmentcontents: FILE.toString('base64') });

    const viaNode = await athena.payments.getSignedReceipt('5', epaymentid);
    expect(viaNode).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(viaNode).equals(FILE)).toBe(true);
    const viaFetch = await client({ fetch: (input, init) => globalThis.fetch(input, init) }).payments.getSignedReceipt('5', epaymentid);
    expect(Buffer.from(viaFetch).equals(FILE)).toBe(true);
    const { response } = await athena.payments.getSignedReceipt('5', epaymentid).withResponse();
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(sim.requests.filter((r) => r.path.endsWith('/signed') && r.method === 'GET').every((r) => r.headers.accept === 'application/pdf')).toBe(true);
  });

  it('the e-communication disclosure is HTML and document pages are PDFs', async ({ athena }) => {
    const { data, response } = await athena.departments.getECommunicationDisclosure('1').withResponse();
    expect(data).toMatch(/^<html><body><h1>Electronic communication disclosure<\/h1>/);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    await expect(athena.departments.getECommunicationDisclosure('999')).rejects.toMatchObject({ status: 404 });

    const page = await athena.documents.getLabResultDocumentPage('4', '123', '1');
    expect(Buffer.from(page).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(Buffer.from(page).toString('latin1')).toContain('(Document 123, page 1)');
  });

  it('encounter summaries answer summaryhtml as JSON, or the HTML itself when asked', async ({ sim, athena }) => {
    const summary = (await athena.encounters.getEncounterSummary('1201')) as { summaryhtml: string };
    expect(summary.summaryhtml).toMatch(/^<html><body><h1>Encounter 1201<\/h1>/);
    const asHtml = await rawGet(sim, await tokenOf(sim), '/chart/encounters/1201/summary', 'text/html');
    expect(asHtml.type).toMatch(/^text\/html/);
    expect(asHtml.bytes.toString('utf8')).toBe(summary.summaryhtml);
  });
});
