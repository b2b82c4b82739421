// Drafted by scripts/draft-operations.ts from the athena catalogue and scripts/operation-curation.ts. Edit those, then run `npm run draft:operations`.
import { defineOperations } from '../../core/operation.js';

export const claimsOperations = defineOperations({
  createAppointmentClaim: {
    id: 'claims.createAppointmentClaim',
    method: 'POST',
    path: '/appointments/{appointmentid}/claim',
    summary: 'Creates a new claim for an appointment.',
    params: [
      { name: 'appointmentid', in: 'path', type: 'string', required: true },
      { name: 'claimcharges', in: 'body', type: 'json', required: true, description: 'List of charges for this claim, This should be a JSON string representing an array of charge objects.' },
    ],
    response: { kind: 'write' },
  },
  listClaims: {
    id: 'claims.listClaims',
    method: 'GET',
    path: '/claims',
    summary: 'Either appointment ID(s) are required OR a combination of both a start and end date and one (or both) or department and provider ID.',
    params: [
      { name: 'appointmentid', in: 'query', type: 'string', description: 'One or more appointment IDs.' },
      { name: 'createdenddate', in: 'query', type: 'date', description: 'The claim creation date, end of range, inclusive.' },
      { name: 'createdstartdate', in: 'query', type: 'date', description: 'The claim creation date, start of range, inclusive.' },
      { name: 'departmentid', in: 'query', type: 'string', description: 'The department ID of the service department for the claims being searched for.' },
      { name: 'limit', in: 'query', type: 'number', description: 'Number of entries to return (default 1500, max 5000)' },
      { name: 'offset', in: 'query', type: 'number', description: 'Starting point of entries; 0-indexed' },
      { name: 'providerid', in: 'query', type: 'string', description: 'Will match either the provider or the supervising provider.' },
      { name: 'serviceenddate', in: 'query', type: 'date', description: 'The service date, end of range, inclusive.' },
      { name: 'servicestartdate', in: 'query', type: 'date', description: 'The service date, start of range, inclusive.' },
    ],
    response: { kind: 'page', collectionKey: 'claims' },
  },
  addClaimNote: {
    id: 'claims.addClaimNote',
    method: 'POST',
    path: '/claims/{claimid}/note',
    summary: 'Creates a new claim note for a claim.',
    params: [
      { name: 'claimid', in: 'path', type: 'string', required: true },
      { name: 'claimnote', in: 'body', type: 'string', required: true, description: 'The text of the note.' },
    ],
    response: { kind: 'write' },
  },
  getClaim: {
    id: 'claims.getClaim',
    method: 'GET',
    path: '/claims/{claimid}',
    summary: 'One claim.',
    params: [
      { name: 'claimid', in: 'path', type: 'string', required: true },
      { name: 'showcustomfields', in: 'query', type: 'boolean' },
    ],
    response: { kind: 'record' },
  },
  createClaim: {
    id: 'claims.createClaim',
    method: 'POST',
    path: '/claims',
    summary: 'Creates a claim; athena answers `{success, claimids}`.',
    params: [
      { name: 'patientid', in: 'body', type: 'string', required: true },
      { name: 'departmentid', in: 'body', type: 'string', required: true, description: 'The athenaNet department ID.' },
      { name: 'servicedate', in: 'body', type: 'date', required: true },
      { name: 'supervisingproviderid', in: 'body', type: 'string', required: true },
      { name: 'claimcharges', in: 'body', type: 'json', required: true, description: 'JSON array of charges: procedurecode, units, icd10code1...' },
      { name: 'renderingproviderid', in: 'body', type: 'string' },
      { name: 'primarypatientinsuranceid', in: 'body', type: 'string' },
      { name: 'customfields', in: 'body', type: 'json' },
    ],
    response: { kind: 'write' },
  },
});
