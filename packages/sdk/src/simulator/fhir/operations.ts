/**
 * athena's custom operations, simulated. Their parameters and answers are not public;
 * the simulator answers with plausible Parameters so a client can be exercised end to end.
 */
import type { FhirResource, Parameters } from '../../internal.js';
import { randomBytes } from 'node:crypto';
import { FHIR_TYPES, type FhirContext } from './resource-types.js';
import { invalid, notFound, type Outcome } from './outcome.js';
import { orValues } from './references.js';
import type { Params } from '../params.js';

export interface OperationCall {
  ctx: FhirContext;
  /** The resource id for instance-level operations. */
  id: string | undefined;
  params: Params;
  body: unknown;
  /** `http://host:port`, for links the operation hands out. */
  origin: string;
}

export type OperationResult = { status: number; body: FhirResource } | Outcome;

type OperationHandler = (call: OperationCall) => OperationResult;

function parameters(parameter: Parameters['parameter']): { status: number; body: Parameters } {
  return { status: 200, body: { resourceType: 'Parameters', parameter } };
}

function instance(type: string, call: OperationCall): FhirResource | undefined {
  return call.id === undefined ? undefined : FHIR_TYPES[type]?.read(call.ctx, call.id);
}

/** Keyed like the SDK's table: `Type/$name`. */
export const OPERATION_HANDLERS: Readonly<Record<string, OperationHandler>> = {
  'Appointment/$self-checkin-entry-url': (call) => {
    if (!instance('Appointment', call)) return notFound('Appointment');
    const expires = new Date(Date.now() + 7 * 86_400_000).toISOString();
    return parameters([
      { name: 'url', valueUrl: `${call.origin}/self-checkin/${randomBytes(12).toString('base64url')}` },
      { name: 'expires', valueDateTime: expires },
    ]);
  },
  'Appointment/$telehealth-zoom-credentials': (call) => {
    if (!instance('Appointment', call)) return notFound('Appointment');
    return parameters([
      { name: 'meetingNumber', valueString: String(8_000_000_000 + (Number(call.id?.replace(/\D/g, '').slice(-9)) || 0)) },
      { name: 'signature', valueString: randomBytes(16).toString('base64url') },
    ]);
  },
  'Patient/$health-cards-issue': (call) => {
    if (!instance('Patient', call)) return notFound('Patient');
    // A compact JWS-shaped string; not a signed card.
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    return parameters([{ name: 'verifiableCredential', valueString: `${part({ alg: 'ES256', zip: 'DEF' })}.${part({ iss: call.origin })}.sim` }]);
  },
  'QuestionnaireResponse/$latest-response-by-questionnaire': (call) => {
    const patient = orValues(call.params.patient)[0];
    const questionnaire = orValues(call.params.questionnaire)[0];
    if (patient === undefined || questionnaire === undefined) return invalid('The patient and questionnaire parameters are required.');
    const matches = FHIR_TYPES.QuestionnaireResponse?.search(call.ctx, { patient, questionnaire }) ?? [];
    const latest = matches[matches.length - 1];
    return latest === undefined ? notFound('QuestionnaireResponse') : { status: 200, body: latest };
  },
  'FamilyMemberHistory/$batch-write': (call) => {
    const body = call.body as { resourceType?: string; entry?: unknown[]; parameter?: unknown[] } | undefined;
    if (body === undefined || (body.resourceType !== 'Bundle' && body.resourceType !== 'Parameters')) {
      return invalid('The body must be a Bundle or Parameters of FamilyMemberHistory resources.');
    }
    const count = (body.entry ?? body.parameter ?? []).length;
    return {
      status: 200,
      body: { resourceType: 'OperationOutcome', issue: [{ severity: 'information', code: 'informational', details: { text: `${count} entries accepted.` } }] },
    };
  },
};
