/**
 * Renders docs/api.md: for every public resource method its summary, HTTP method and path,
 * every parameter (one line each), the return type as the signature declares it, and an
 * example call. Parameters and formats come from the operation table; names, types,
 * return types and examples from the method signatures (TypeScript compiler API).
 * Used by `npm run docs:api` and by the test that keeps docs/api.md current.
 */
import { allOperations } from '../packages/sdk/src/operations/index.js';
import type { OperationSpec } from '../packages/sdk/src/core/operation.js';
import { helperParamLines, operationParamLines } from './api-docs/params.js';
import { readResourceMethods, type MethodSignature } from './api-docs/signatures.js';

/** Public methods that are not one operation each, with what they call. */
export const helperMethods: Record<string, { calls: string; summary: string }> = {
  'chart.addOrUpdateAllergies': { calls: 'GET then PUT `/chart/{patientid}/allergies`', summary: 'Reads the current allergies, merges the given ones (fields and reactions) and sends the full list.' },
  'chart.getMedications': { calls: 'GET `/chart/{patientid}/medications`', summary: "athena's array of arrays flattened into typed entries, with the history grouping kept." },
  'documents.uploadDocumentFile': { calls: 'POST `/patients/{patientid}/documents` (multipart or base64 form, streamed)', summary: 'Uploads a file as a patient document without holding it whole in memory.' },
  'documents.uploadClinicalDocumentFile': { calls: 'POST `/patients/{patientid}/documents/clinicaldocument` (multipart or base64 form, streamed)', summary: 'Uploads a file as a clinical document, streamed.' },
  'changes.subscribe': { calls: 'POST `/{feed}/changed/subscription`', summary: 'Subscribes to a feed: all events, or the named ones (one call each).' },
  'changes.unsubscribe': { calls: 'DELETE `/{feed}/changed/subscription`', summary: 'Unsubscribes from a feed: all events, or the named ones.' },
  'changes.getSubscription': { calls: 'GET `/{feed}/changed/subscription`', summary: 'A feed subscription: status and events.' },
  'changes.listSubscriptionEvents': { calls: 'GET `/{feed}/changed/subscription/events`', summary: 'The events a feed offers.' },
  'changes.poll': { calls: 'GET `/{feed}/changed`', summary: 'The changes since the last poll, typed per feed; SubscriptionRequiredError without a subscription.' },
  'changes.watch': { calls: 'GET `/{feed}/changed` (leaveunprocessed, then processed; processed-time window on restart)', summary: 'Polls and hands each change to a handler once; a change is processed only after the handler returned.' },
};

/** What the caller gets back, by the row's response shape. */
const RETURNS: Record<OperationSpec['response']['kind'], string> = {
  page: '`await` it for the first page, or `for await` over it for every item across pages (fetched as you go).',
  record: 'the record itself, unwrapped from athena\'s array or envelope.',
  array: 'the array athena answers.',
  write: "athena's answer to the write; an answer with `success: false` or an `errormessage` throws `ApiError`.",
  raw: "athena's decoded answer as it is.",
  text: 'the document as text (athena is asked for HTML).',
  binary: 'the file as bytes (a `Uint8Array`; athena is asked for the file itself, e.g. a PDF).',
};

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** GitHub's heading anchor for `### \`area.method\``: lower case, dots and backticks dropped. */
function anchor(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9-]/g, '');
}

function codeBlock(example: string): string[] {
  return ['```ts', ...example.split('\n'), '```'];
}

function section(sig: MethodSignature, op: OperationSpec | undefined): string[] {
  const helper = helperMethods[sig.id];
  const summary = op ? op.summary : (helper?.summary ?? '');
  const call = op ? `\`${op.method} ${op.path}\`` : (helper?.calls ?? '');
  const params = op ? operationParamLines(op, sig) : helperParamLines(sig);
  const returns = `Returns \`${sig.returns}\`${op ? `: ${RETURNS[op.response.kind]}` : '.'}`;
  const out = [`### \`${sig.id}\``, '', summary, '', `${call}. ${returns}`, ''];
  out.push(...(params.length ? ['Parameters:', '', ...params] : ['No parameters.']), '');
  if (sig.example) out.push(...codeBlock(sig.example), '');
  return out;
}

export function renderApiDocs(methods: MethodSignature[] = readResourceMethods()): string {
  const ops = new Map(allOperations.map((op) => [op.id, op]));
  const byArea = new Map<string, MethodSignature[]>();
  for (const sig of methods) {
    if (!ops.has(sig.id) && !helperMethods[sig.id]) throw new Error(`api-docs: ${sig.id} is neither an operation nor a listed helper`);
    const area = sig.id.split('.')[0] as string;
    byArea.set(area, [...(byArea.get(area) ?? []), sig]);
  }
  const areas = [...byArea.keys()].sort();
  const helpers = Object.keys(helperMethods).length;
  const out = [
    '# API reference',
    '',
    `Generated by \`npm run docs:api\` from the operation table (packages/sdk/src/operations) and the resource method signatures. ` +
      `${allOperations.length} operations and ${helpers} helper methods; paths are under \`/v1/{practiceid}\`.`,
    '',
    'How to read a method:',
    '',
    '- Path parameters are positional arguments; the other parameters go in the `params` object. Each parameter line gives its TypeScript type, whether it is required, where it is sent (path, query, form body), its wire format, and athena\'s limits and allowed values. Bad input throws `InvalidRequestError` before any request is sent.',
    '- Every method takes an optional last argument `options: RequestOptions` (`signal`, `timeoutMs`, `totalTimeoutMs`, `maxRetries`, `retryWrites`), not repeated below.',
    '- `PagedList<T>`: `await` it for the first page (`items`, `hasNextPage()`, `getNextPage()`), `for await` over it for every item, or use `byPage()`.',
    '',
    '## Contents',
    '',
    ...areas.map((a) => `- [\`${a}\`](#${anchor(a)}) (${(byArea.get(a) as MethodSignature[]).length})`),
    '',
  ];
  for (const area of areas) {
    const sigs = byArea.get(area) as MethodSignature[];
    out.push(`## ${area}`, '', '| method | HTTP | summary |', '| --- | --- | --- |');
    for (const sig of sigs) {
      const op = ops.get(sig.id);
      const http = op ? `${op.method} \`${op.path}\`` : `helper: ${helperMethods[sig.id]?.calls ?? ''}`;
      out.push(`| [\`${sig.id.split('.')[1]}\`](#${anchor(sig.id)}) | ${escapeCell(http)} | ${escapeCell(op?.summary ?? helperMethods[sig.id]?.summary ?? '')} |`);
    }
    out.push('');
    for (const sig of sigs) out.push(...section(sig, ops.get(sig.id)));
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
