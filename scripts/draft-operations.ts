/**
 * Drafts the operation table and the resource base classes from athena's legacy
 * I/O Docs catalogue (`../shared/reference/athena-iodocs-legacy.json` beside the repository, or the path
 * given as the first argument), joined with the hand curation in
 * scripts/operation-curation.ts (names, areas, response shapes, result types, and the
 * newer operations the catalogue lacks) and scripts/operation-summaries.ts (summaries that
 * replace the catalogue's boilerplate).
 *
 *   npm run draft:operations [-- path/to/catalogue.json]
 *
 * Writes src/operations/generated/<area>.ts, src/operations/generated/index.ts and
 * src/resources/generated/<area>.ts. The 11 hand-written operations of the core
 * (practice, departments, providers, patients) are skipped, so their rows stay as written.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { paramTsType } from './param-type.js';
import { curated, extraOperations, type Curated, type ExtraParam } from './operation-curation.js';
import { summaries } from './operation-summaries.js';

type Location = 'path' | 'query' | 'body';
type ParamType = 'string' | 'number' | 'boolean' | 'date' | 'list' | 'json';

interface DraftParam {
  name: string;
  in: Location;
  type: ParamType;
  required?: boolean;
  maxLength?: number;
  enum?: string[];
  description?: string;
}

interface DraftOperation {
  key: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  summary: string;
  params: DraftParam[];
  atLeastOneOf?: string[][];
  curated: Curated;
}

interface CatalogueParam {
  description?: string;
  location?: string;
  required?: boolean;
  type?: string;
  format?: string;
  enum?: string[];
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Beside the repository, not in it: moving the catalogue into spec/ is issue 14.
const cataloguePath = process.argv[2] ?? join(root, '../shared/reference/athena-iodocs-legacy.json');

/** The operations of the core that are written by hand and must not be regenerated. */
const HAND_WRITTEN = new Set([
  'GET /ping', 'GET /practiceinfo', 'GET /departments', 'GET /departments/{departmentid}', 'GET /providers',
  'GET /providers/{providerid}', 'GET /patients', 'POST /patients', 'GET /patients/bestmatch',
  'GET /patients/{patientid}', 'PUT /patients/{patientid}',
]);

/** Areas whose resource class is hand-written in the core: the generated methods become its base class. */
const CORE_AREAS = new Set(['practice', 'departments', 'providers', 'patients']);

const q = (name: string, type: ParamType, description?: string): DraftParam => ({ name, in: 'query', type, ...(description ? { description } : {}) });
const b = (name: string, type: ParamType, description?: string): DraftParam => ({ name, in: 'body', type, ...(description ? { description } : {}) });
const eventname = b('eventname', 'string', 'One event to (un)subscribe; all events when absent.');

/**
 * Parameters the catalogue row lacks that another public source names. Sources (issue 14,
 * table in docs/resources.md "Sources"): athena-api.md; GO = go-athenahealth's request code
 * (`q.Add`/`form.Add` per call); NET = the .NET client's request filter classes.
 */
const EXTRA_PARAMS: Record<string, DraftParam[]> = {
  'POST /appointments/{appointmentid}/notes': [{ name: 'displayonschedule', in: 'body', type: 'boolean', description: 'Show the note on the schedule.' }],
  'PUT /appointments/{appointmentid}/notes/{noteid}': [{ name: 'displayonschedule', in: 'body', type: 'boolean', description: 'Show the note on the schedule.' }],
  // Unverified: athena-api.md names it, the catalogue row does not; athena may ignore it here.
  'PUT /appointments/{appointmentid}/cancel': [{ name: 'appointmentcancelreasonid', in: 'body', type: 'string', description: 'The cancel reason id.' }],

  // Chart. GO ListLabResultsOptions; NET GetLabResultsFilter / GetAnalytesFilter.
  'GET /chart/{patientid}/labresults': [
    q('startdate', 'date', 'Results from this date.'), q('enddate', 'date', 'Results up to this date.'), q('labresultstatus', 'string', 'Only results in this status.'),
    q('showhidden', 'boolean', 'Include hidden results.'), q('showabnormaldetails', 'boolean', 'Include the abnormal flags of each analyte.'), q('hideduplicate', 'boolean', 'Leave out exact duplicates.'),
    q('showtemplate', 'boolean'), q('analyteresultstatus', 'string'), q('allresultsbyencounterid', 'string', 'Every result of this encounter.'),
    q('exactduplicatedocumentid', 'string'), q('supersededdocumentid', 'string'),
  ],
  'GET /chart/{patientid}/analytes': [
    q('startdate', 'date', 'Analytes from this date.'), q('enddate', 'date', 'Analytes up to this date.'), q('labresultstatus', 'string'), q('analyteresultstatus', 'string'),
    q('showhidden', 'boolean'), q('showabnormaldetails', 'boolean'), q('showtemplate', 'boolean'), q('allresultsbyencounterid', 'string'),
    q('exactduplicatedocumentid', 'string'), q('supersededdocumentid', 'string'),
  ],
  // GO ListMedicationsOptions, NET GetMedicationsFilter (`showpend`).
  'GET /chart/{patientid}/medications': [q('medicationtype', 'string', 'ACTIVE, HISTORICAL or DENIED.'), q('showpend', 'boolean', 'Include pending medications.')],
  // GO ListProblemsOptions, NET GetPatientProblemsFilter.
  'GET /chart/{patientid}/problems': [q('showdiagnosisinfo', 'boolean', 'Include the diagnosis codes of each problem.')],
  // athena-api.md (POST problems: status), NET AddProblem.
  'POST /chart/{patientid}/problems': [b('status', 'string', 'CHRONIC or ACUTE.')],
  // GO GetSocialHistoryOptions.
  'GET /chart/{patientid}/socialhistory': [q('recipientcategory', 'string'), q('shownotperformedquestions', 'boolean', 'Include questions marked not performed.')],
  // NET GetPatientVitalsFilter.
  'GET /chart/{patientid}/vitals': [q('startdate', 'date', 'Readings from this date.'), q('enddate', 'date', 'Readings up to this date.')],
  // NET GetPatientEncountersFilter.
  'GET /chart/{patientid}/encounters': [q('providerid', 'string', 'Only encounters of this provider.')],
  // GO GetPhysicalExamOptions.
  'GET /chart/encounter/{encounterid}/physicalexam': [q('ccdaoutputformat', 'boolean', 'Answer in the CCDA output format.'), q('templateids', 'list', 'Only these exam templates.')],
  // NET EncounterGetOrdersFilter.
  'GET /chart/encounter/{encounterid}/orders': [q('showclinicalprovider', 'boolean'), q('showdeclinedorders', 'boolean'), q('showexternalcodes', 'boolean'), q('allowdischargetype', 'boolean')],

  // Appointments. GO appointments.go; NET request filters.
  'GET /appointments/booked': [q('appointmentstatus', 'string', 'x cancelled, f future, o open, 2 checked in, 3 checked out, 4 charge entered.')],
  'GET /appointments/booked/multipledepartment': [q('appointmentstatus', 'string', 'x cancelled, f future, o open, 2 checked in, 3 checked out, 4 charge entered.'), q('showremindercalldetail', 'boolean')],
  'GET /appointments/{appointmentid}': [q('showpatientdetail', 'boolean'), q('showcopay', 'boolean'), q('showexpectedprocedurecodes', 'boolean'), q('ignorerestrictions', 'boolean')],
  'GET /appointments/{appointmentid}/insurances': [q('showcancelled', 'boolean', 'Include cancelled policies.'), q('showfullssn', 'boolean')],
  'PUT /appointments/{appointmentid}': [b('urgent', 'boolean', 'Book as urgent.')],
  'PUT /appointments/{appointmentid}/freeze': [b('requirescancellation', 'boolean')],
  'PUT /appointments/{appointmentid}/reschedule': [b('appointmentcancelreasonid', 'string', 'The cancel reason id of the old appointment.')],
  'GET /patients/{patientid}/appointments': [q('showexpectedprocedurecodes', 'boolean')],

  // Changed-data feeds. GO ListChangedAppointmentsOptions / ListChangedPatientOptions, NET GetChangedAppointmentSlotsFilter, athena-api.md.
  'GET /appointments/changed': [q('patientid', 'string'), q('providerid', 'string'), q('showinsurance', 'boolean'), q('showclaimdetail', 'boolean'), q('showcopay', 'boolean'), q('showremindercalldetail', 'boolean')],
  'GET /patients/changed': [
    q('departmentid', 'string', 'Only changes in this department (release 21.7+).'), q('patientid', 'string'), q('returnglobalid', 'boolean', 'Include the enterprise-wide patient id.'),
    q('showpreviouspatientids', 'boolean', 'Include the ids a merged patient had.'),
  ],
  'POST /appointments/changed/subscription': [eventname],
  'DELETE /appointments/changed/subscription': [eventname],
  'POST /patients/changed/subscription': [eventname],
  'DELETE /patients/changed/subscription': [eventname],

  // Claims. GO ListClaimsOptions.
  'GET /claims': [q('patientid', 'string'), q('showcustomfields', 'boolean', 'Include the claim custom fields.')],

  // Documents. GO ListEncounterDocumentsOptions, UpdatePrescriptionOptions; NET GetDocumentsFilter.
  'GET /patients/{patientid}/documents/encounterdocument': [q('encounterid', 'string'), q('documentsubclass', 'string')],
  'GET /patients/{patientid}/documents': [q('documentsubclass', 'string'), q('encounterid', 'string'), q('status', 'string'), q('showdeclinedorders', 'boolean')],
  'PUT /patients/{patientid}/documents/prescriptions/{prescriptionid}': [b('assignedto', 'string', 'The user the document is assigned to.')],

  // Insurance. GO ListPatientInsurancesOptions; NET GetPatientInsurancesFilter, CreateInsurance, GetCommonInsurancePackageFilter.
  'GET /patients/{patientid}/insurances': [q('showcancelled', 'boolean', 'Include cancelled policies.'), q('showfullssn', 'boolean'), q('departmentid', 'string')],
  'POST /patients/{patientid}/insurances': [b('expirationdate', 'date'), b('issuedate', 'date'), b('insurancepolicyholder', 'string'), b('validateinsuranceidnumber', 'boolean'), b('departmentid', 'string'), b('insuredentitytypeid', 'string')],

  // Payments. NET RecordPayment.
  'POST /patients/{patientid}/recordpayment': [b('cardnumberlast4', 'string', 'Last four digits of the card.')],
};

/**
 * Required flags the catalogue gets wrong against athena-api.md: the legacy catalogue
 * requires `departmentid` on the appointments feed, but feeds read practice-wide and
 * are only optionally department-scoped (release 21.7).
 */
const NOT_REQUIRED: Record<string, string[]> = {
  'GET /appointments/changed': ['departmentid'],
  'GET /patients/changed': ['departmentid'],
};

/** Extra "one of" rules the catalogue states only in prose. */
const ONE_OF: Record<string, string[][]> = {
  'PUT /appointments/{appointmentid}': [['appointmenttypeid', 'reasonid']],
};

function draftFromCatalogue(): DraftOperation[] {
  const catalogue = JSON.parse(readFileSync(cataloguePath, 'utf8')) as {
    resources: Record<string, { methods: Record<string, { httpMethod: string; path: string; description: string; parameters: Record<string, CatalogueParam> }> }>;
  };
  const out: DraftOperation[] = [];
  for (const resource of Object.values(catalogue.resources)) {
    for (const m of Object.values(resource.methods)) {
      const method = m.httpMethod as DraftOperation['method'];
      const path = m.path.replace('/preview1/:practiceid', '').replace(/:([a-z0-9_]+)/gi, '{$1}');
      const key = `${method} ${path}`;
      const cur = curated[key];
      if (cur === undefined) throw new Error(`draft-operations: no curation for ${key}`);
      const params: DraftParam[] = [];
      for (const [rawName, spec] of Object.entries(m.parameters)) {
        // Headers, the practice, and the catalogue's own meta-fields (`:disable-in-iodocs:`) are not parameters.
        if (spec.location === 'header' || rawName === ':practiceid' || !/^:?[a-z0-9_]+$/i.test(rawName)) continue;
        params.push(draftParam(rawName.replace(/^:/, ''), spec, method, path));
      }
      for (const p of params) if (NOT_REQUIRED[key]?.includes(p.name)) delete p.required;
      for (const extra of EXTRA_PARAMS[key] ?? []) if (!params.some((p) => p.name === extra.name)) params.push(extra);
      // A few catalogue rows forget to declare a placeholder of their path.
      for (const [, name] of path.matchAll(/\{([a-z0-9_]+)\}/gi)) {
        if (!params.some((p) => p.name === name)) params.push({ name: name as string, in: 'path', type: 'string', required: true });
      }
      // A body field named like a path placeholder (the catalogue has two) is the path's value.
      const inPath = new Set(params.filter((p) => p.in === 'path').map((p) => p.name));
      const unique = params.filter((p) => p.in === 'path' || !inPath.has(p.name));
      params.length = 0;
      params.push(...unique);
      params.sort((a, b) => rank(a) - rank(b));
      const op: DraftOperation = { key, method, path, summary: summaries[key] ?? summarize(m.description), params, curated: cur };
      const oneOf = ONE_OF[key] ?? atLeastOneOfFrom(m.description, params);
      if (oneOf) op.atLeastOneOf = oneOf;
      out.push(op);
    }
  }
  return out;
}

/** Path parameters first (in path order is kept by the template), then required, then the rest. */
function rank(p: DraftParam): number {
  return p.in === 'path' ? 0 : p.required ? 1 : 2;
}

function draftParam(name: string, spec: CatalogueParam, method: string, path: string): DraftParam {
  const description = (spec.description ?? '').trim();
  const param: DraftParam = { name, in: location(spec.location, method), type: paramType(name, spec, description) };
  if (spec.location === 'pathReplace') param.type = 'string';
  if (spec.required === true || param.in === 'path') param.required = true;
  // athena-api.md: every /chart/{patientid}/... read and write needs the department (it picks the chart).
  if (name === 'departmentid' && path.startsWith('/chart/{patientid}/')) param.required = true;
  const max = /\(Max length: (\d+)\)/i.exec(description);
  if (max) param.maxLength = Number(max[1]);
  const values = (spec.enum ?? []).filter((v) => v !== '');
  if (param.type === 'string' && values.length > 0 && !isBooleanEnum(values)) param.enum = values;
  const short = summarize(description);
  if (short && short.toLowerCase() !== name) param.description = short;
  return param;
}

/**
 * GET and DELETE parameters go to the query; POST and PUT to the form body. The legacy
 * catalogue marks every PUT parameter as `query`, an artefact of its tool: athena-api.md
 * (newer) says form bodies are the norm for PUT, so those go to the body too. A DELETE
 * the catalogue declares with a body keeps it.
 */
function location(catalogueLocation: string | undefined, method: string): Location {
  if (catalogueLocation === 'pathReplace') return 'path';
  if (method === 'POST' || method === 'PUT') return 'body';
  if (method === 'DELETE' && catalogueLocation === 'body') return 'body';
  return 'query';
}

function isBooleanEnum(values: string[]): boolean {
  return values.every((v) => v === 'true' || v === 'false');
}

function paramType(name: string, spec: CatalogueParam, description: string): ParamType {
  const values = (spec.enum ?? []).filter((v) => v !== '');
  if (values.length > 0 && isBooleanEnum(values)) return 'boolean';
  if (name === 'limit' || name === 'offset') return 'number';
  if (/\bJSON\b/i.test(description) && spec.type !== 'array') return 'json';
  if (spec.type === 'array') return 'list';
  if ((spec.format === 'date' || /mm\/dd\/yyyy/i.test(description)) && !/hh(24)?:mi/i.test(description)) return 'date';
  if ((spec.type === 'int' || spec.type === 'number') && !/id$/.test(name)) return 'number';
  return 'string';
}

/** `At least one of the following is required: a, b, c.` */
function atLeastOneOfFrom(description: string, params: DraftParam[]): string[][] | undefined {
  const m = /at least one of the following is required:\s*([a-z0-9_,\s]+)\./i.exec(description);
  if (!m) return undefined;
  const names = (m[1] as string).split(',').map((s) => s.trim().toLowerCase()).filter((n) => params.some((p) => p.name === n));
  return names.length > 0 ? [names] : undefined;
}

/** The first sentence, on one line, without markdown links. */
function summarize(text: string): string {
  const flat = text.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1').replace(/\s+/g, ' ').trim();
  const end = flat.search(/\.(\s|$)/);
  const sentence = end >= 0 ? flat.slice(0, end + 1) : flat;
  return sentence.length > 200 ? `${sentence.slice(0, 197)}...` : sentence;
}

function fromExtras(): DraftOperation[] {
  return extraOperations.map((e) => ({
    key: `${e.method} ${e.path}`,
    method: e.method,
    path: e.path,
    summary: e.summary,
    params: e.params.map((p: ExtraParam) => {
      const param: DraftParam = { name: p.name, in: p.in ?? (e.method === 'POST' || e.method === 'PUT' ? 'body' : 'query'), type: p.type ?? 'string' };
      if (p.required) param.required = true;
      if (p.enum) param.enum = p.enum;
      if (p.description) param.description = p.description;
      return param;
    }),
    ...(e.atLeastOneOf ? { atLeastOneOf: e.atLeastOneOf } : {}),
    curated: e.curated,
  }));
}

// ---------------------------------------------------------------------------------------------
// Rendering

interface Response {
  kind: 'record' | 'page' | 'array' | 'write' | 'raw' | 'text' | 'binary';
  collectionKey?: string;
  /** For `text` and `binary`: the Accept header that asks athena for the document itself. */
  accept?: string;
}

function parseResponse(text: string): Response {
  const colon = text.indexOf(':');
  const kind = (colon < 0 ? text : text.slice(0, colon)) as Response['kind'];
  const rest = colon < 0 ? undefined : text.slice(colon + 1);
  if (kind === 'text' || kind === 'binary') return { kind, accept: rest ?? (kind === 'text' ? 'text/html' : '*/*') };
  return rest ? { kind, collectionKey: rest } : { kind };
}

function renderResponse(r: Response): string {
  if (r.accept !== undefined) return `{ kind: ${str(r.kind)}, accept: ${str(r.accept)} }`;
  return `{ kind: ${str(r.kind)}${r.collectionKey ? `, collectionKey: ${str(r.collectionKey)}` : ''} }`;
}

/** Result types that are TypeScript's own, not imported from the SDK's types. */
const BUILTIN_TYPES = new Set(['AthenaRecord', 'string', 'Uint8Array']);


function str(s: string): string {
  // A single-quoted TypeScript string literal.
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function renderParam(p: DraftParam): string {
  const parts = [`name: ${str(p.name)}`, `in: ${str(p.in)}`, `type: ${str(p.type)}`];
  if (p.required) parts.push('required: true');
  if (p.maxLength !== undefined) parts.push(`maxLength: ${p.maxLength}`);
  if (p.enum) parts.push(`enum: [${p.enum.map(str).join(', ')}]`);
  if (p.description) parts.push(`description: ${str(p.description)}`);
  return `      { ${parts.join(', ')} },`;
}

function summaryOf(op: DraftOperation): string {
  const note = op.curated[4];
  return note ? `${op.summary} ${note}` : op.summary;
}

function renderOperation(op: DraftOperation): string {
  const [area, name, response] = op.curated;
  const r = parseResponse(response);
  const lines = [
    `  ${name}: {`,
    `    id: ${str(`${area}.${name}`)},`,
    `    method: ${str(op.method)},`,
    `    path: ${str(op.path)},`,
    `    summary: ${str(summaryOf(op))},`,
    op.params.length ? `    params: [\n${op.params.map(renderParam).join('\n')}\n    ],` : '    params: [],',
  ];
  if (op.atLeastOneOf) lines.push(`    atLeastOneOf: [${op.atLeastOneOf.map((g) => `[${g.map(str).join(', ')}]`).join(', ')}],`);
  lines.push(`    response: ${renderResponse(r)},`);
  lines.push('  },');
  return lines.join('\n');
}

const HEADER = '// Drafted by scripts/draft-operations.ts from the athena catalogue and scripts/operation-curation.ts. Edit those, then run `npm run draft:operations`.\n';

function tableName(area: string): string {
  return `${CORE_AREAS.has(area) ? `${area}Extended` : area}Operations`;
}

/** The public resource class that extends the generated one (resources/<area>.ts). */
function publicClassName(area: string): string {
  return `${area[0]!.toUpperCase()}${area.slice(1)}Resource`;
}

function className(area: string): string {
  return `Generated${area[0]!.toUpperCase()}${area.slice(1)}Resource`;
}

/** `appointmentTypes` → `appointment-types`, the repository's file naming. */
function fileName(area: string): string {
  return area.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

function pascal(name: string): string {
  return name[0]!.toUpperCase() + name.slice(1);
}

/** `patientid` → `patientId`, `customfieldvalue` → `customfieldValue`. */
function argName(param: string): string {
  if (/id$/.test(param) && param !== 'id') return `${param.slice(0, -2)}Id`;
  if (param === 'customfieldvalue') return 'customFieldValue';
  return param;
}

/** Plausible example values for the free-text fields examples need, by parameter name. */
const SAMPLE_TEXT: Record<string, string> = {
  attachmentcontents: 'JVBERi0xLjQK', billingaddress: '1 Main St', billingzip: '02139', claimnote: 'Resubmitted with the corrected code.',
  documentdata: 'Consult note: follow up in two weeks.', email: 'ann@example.com', externaldata: 'EXT-1001', firstname: 'Ann',
  image: 'iVBORw0KGgo=', insuranceplanname: 'Blue Cross', lastname: 'Smith', message: 'Your lab results are ready.',
  name: 'Follow-up', notetext: 'Patient asked for a morning slot.', recipientlist: 'jdoe,asmith', searchterm: 'Smith',
  sequencenumber: '1', shortname: 'FU', snomedcode: '44054006', staffname: 'jdoe', subject: 'Lab results', templateids: '1', value: '120',
};

/** Path-dependent samples: the same field name takes different values per endpoint. */
function sampleText(p: DraftParam, path: string): string | undefined {
  if (p.name === 'documentsubclass') return path.includes('patientcase') ? 'PATIENTCASE_CLINICALQUESTION' : 'CLINICALDOCUMENT_CONSULTNOTE';
  if (p.name === 'searchvalue') return path.includes('medications') ? 'amoxicillin' : 'penicillin';
  return SAMPLE_TEXT[p.name];
}

function sampleValue(p: DraftParam, path = ''): string {
  if (p.enum) return str(p.enum[0]!);
  const text = sampleText(p, path);
  if (text !== undefined) return str(text);
  switch (p.type) {
    case 'number':
      return '1';
    case 'boolean':
      return 'true';
    case 'date':
      return "'2026-01-15'";
    case 'list':
      return "['1']";
    case 'json':
      return '[]';
    default:
      return /id$/.test(p.name) ? "'1'" : "'text'";
  }
}

function resultType(op: DraftOperation): { declared: string; element: string } {
  const r = parseResponse(op.curated[2]);
  const element = op.curated[3] ?? (r.kind === 'write' ? 'WriteResult' : r.kind === 'text' ? 'string' : r.kind === 'binary' ? 'Uint8Array' : 'AthenaRecord');
  switch (r.kind) {
    case 'page':
      return { declared: `PagedList<${element}>`, element };
    case 'array':
      return { declared: `APIPromise<${element}[]>`, element };
    default:
      return { declared: `APIPromise<${element}>`, element };
  }
}

function renderMethod(op: DraftOperation): { method: string; types: string } {
  const [area, name, response] = op.curated;
  const r = parseResponse(response);
  const pathParams = op.params.filter((p) => p.in === 'path');
  // Path params in template order.
  const order = Array.from(op.path.matchAll(/\{([a-z0-9_]+)\}/gi), (m) => m[1] as string);
  pathParams.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  const others = op.params.filter((p) => p.in !== 'path');
  const paramsType = `${pascal(name)}Params`;
  const required = others.some((p) => p.required) || (op.atLeastOneOf?.length ?? 0) > 0;
  const args = pathParams.map((p) => `${argName(p.name)}: string`);
  let types = '';
  if (others.length > 0) {
    const fields = others.map((p) => {
      const doc = [p.description, p.maxLength !== undefined ? `Max ${p.maxLength} characters.` : ''].filter(Boolean).join(' ');
      return `${doc ? `  /** ${doc.replace(/\*\//g, '* /')} */\n` : ''}  ${p.name}${p.required ? '' : '?'}: ${paramTsType(p)};`;
    });
    const oneOf = (op.atLeastOneOf ?? []).map((g) => ` At least one of ${g.map((n) => `\`${n}\``).join(', ')} is required.`).join('');
    types = `/** Parameters of {@link ${publicClassName(area)}.${name}}.${oneOf} */\nexport interface ${paramsType} {\n${fields.join('\n')}\n}\n`;
    args.push(required ? `params: ${paramsType}` : `params: ${paramsType} = {}`);
  }
  args.push('options?: RequestOptions');
  const { declared } = resultType(op);
  const spread = others.length > 0 ? '...params' : '';
  const pathEntries = pathParams.map((p) => `${p.name}: ${argName(p.name)}`);
  const object = `{ ${[spread, ...pathEntries].filter(Boolean).join(', ')} }`.replace('{  }', '{}');
  const call = r.kind === 'page' ? `this.caller.list(ops.${name}, ${object}, options)` : `this.caller.call(ops.${name}, ${object}, options)`;
  const exampleArgs = [
    ...pathParams.map(() => "'1'"),
    ...(required ? [`{ ${others.filter((p) => p.required).map((p) => `${p.name}: ${sampleValue(p, op.path)}`).concat(exampleOneOf(op, others)).join(', ')} }`] : []),
  ].join(', ');
  const client = `athena.${area}.${name}(${exampleArgs})`;
  const example = r.kind === 'page' ? `for await (const item of ${client}) console.log(item);` : `const result = await ${client};`;
  const doc = [`  /**`, `   * ${summaryOf(op).replace(/\*\//g, '* /')}`, `   *`, `   * \`${op.method} ${op.path}\``, `   * @example`, `   * ${example}`, `   */`];
  const method = `${doc.join('\n')}\n  ${name}(${args.join(', ')}): ${declared} {\n    return ${call};\n  }\n`;
  return { method, types };
}

function exampleOneOf(op: DraftOperation, others: DraftParam[]): string[] {
  return (op.atLeastOneOf ?? []).map((group) => {
    const p = others.find((o) => o.name === group[0]) as DraftParam;
    return `${p.name}: ${sampleValue(p, op.path)}`;
  }).filter((s) => !others.some((p) => p.required && s.startsWith(`${p.name}:`)));
}

function renderResource(area: string, ops: DraftOperation[]): string {
  const rendered = ops.map(renderMethod);
  const usesPaged = ops.some((o) => parseResponse(o.curated[2]).kind === 'page');
  // Non-list methods return the caller's APIPromise (a Promise with withResponse()).
  const usesCall = ops.some((o) => parseResponse(o.curated[2]).kind !== 'page');
  const usesDate = ops.some((o) => o.params.some((p) => p.type === 'date'));
  const elementTypes = new Set(ops.map((o) => resultType(o).element));
  const recordTypes = [...elementTypes].filter((t) => !BUILTIN_TYPES.has(t)).sort();
  const imports = [
    usesPaged ? "import type { PagedList } from '../../core/pagination.js';" : '',
    usesCall ? "import type { APIPromise } from '../../core/api-promise.js';" : '',
    "import type { RequestOptions } from '../../core/request-options.js';",
    `import { APIResource${elementTypes.has('AthenaRecord') ? ', type AthenaRecord' : ''} } from '../../core/resource.js';`,
    `import { ${tableName(area)} as ops } from '../../operations/generated/${fileName(area)}.js';`,
    usesDate || recordTypes.length ? `import type { ${[...(usesDate ? ['DateInput'] : []), ...recordTypes].join(', ')} } from '../types/index.js';` : '',
  ].filter(Boolean);
  return `${HEADER}${imports.join('\n')}\n\n${rendered.map((r) => r.types).filter(Boolean).join('\n')}\n/**\n * The ${area} operations of the table, one thin method each: the base of the public\n * \`${publicClassName(area)}\`, where TypeDoc shows these methods.\n * @internal\n */\nexport class ${className(area)} extends APIResource {\n${rendered.map((r) => r.method).join('\n')}}\n`;
}

function main(): void {
  const all = [...draftFromCatalogue(), ...fromExtras()].filter((op) => !HAND_WRITTEN.has(op.key));
  const seenKeys = new Set<string>();
  const seenNames = new Map<string, string>();
  const byArea = new Map<string, DraftOperation[]>();
  for (const op of all) {
    if (seenKeys.has(op.key)) throw new Error(`draft-operations: ${op.key} is declared twice`);
    seenKeys.add(op.key);
    const [area, name] = op.curated;
    const other = seenNames.get(name);
    if (other !== undefined) throw new Error(`draft-operations: method name ${name} used by ${other} and ${op.key}`);
    seenNames.set(name, op.key);
    const list = byArea.get(area) ?? [];
    list.push(op);
    byArea.set(area, list);
  }

  const opsDir = join(root, 'packages/sdk/src/operations/generated');
  const resDir = join(root, 'packages/sdk/src/resources/generated');
  rmSync(opsDir, { recursive: true, force: true });
  rmSync(resDir, { recursive: true, force: true });
  mkdirSync(opsDir, { recursive: true });
  mkdirSync(resDir, { recursive: true });

  const areas = [...byArea.keys()].sort();
  for (const area of areas) {
    const ops = byArea.get(area) as DraftOperation[];
    const table = `${HEADER}import { defineOperations } from '../../core/operation.js';\n\nexport const ${tableName(area)} = defineOperations({\n${ops.map(renderOperation).join('\n')}\n});\n`;
    writeFileSync(join(opsDir, `${fileName(area)}.ts`), table);
    writeFileSync(join(resDir, `${fileName(area)}.ts`), renderResource(area, ops));
  }
  const index = `${HEADER}import type { OperationSpec } from '../../core/operation.js';\n${areas.map((a) => `import { ${tableName(a)} } from './${fileName(a)}.js';`).join('\n')}\n\nexport { ${areas.map(tableName).join(', ')} };\n\n/** The operations drafted from the catalogue, beyond the hand-written core ones. */\nexport const catalogueOperations: readonly OperationSpec[] = [\n${areas.map((a) => `  ...Object.values(${tableName(a)}),`).join('\n')}\n];\n`;
  writeFileSync(join(opsDir, 'index.ts'), index);
  const types = `${HEADER}/** The parameter types of the generated resource methods. */\n${areas.map((a) => `export type * from './${fileName(a)}.js';`).join('\n')}\n`;
  writeFileSync(join(resDir, 'index.ts'), types);
  console.log(`draft-operations: ${all.length} operations in ${areas.length} areas (+ ${HAND_WRITTEN.size} hand-written)`);
}

main();
