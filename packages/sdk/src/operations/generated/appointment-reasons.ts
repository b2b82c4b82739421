// Drafted by scripts/draft-operations.ts from the athena catalogue and scripts/operation-curation.ts. Edit those, then run `npm run draft:operations`.
import { defineOperations } from '../../core/operation.js';

export const appointmentReasonsOperations = defineOperations({
  listAppointmentReasons: {
    id: 'appointmentReasons.listAppointmentReasons',
    method: 'GET',
    path: '/patientappointmentreasons',
    summary: 'Lists the appointment reasons patients can pick when booking.',
    params: [
      { name: 'departmentid', in: 'query', type: 'string', required: true, description: 'The athenaNet department ID.' },
      { name: 'providerid', in: 'query', type: 'string', required: true, description: 'The athenaNet provider ID.' },
      { name: 'limit', in: 'query', type: 'number', description: 'Number of entries to return (default 1500, max 5000)' },
      { name: 'offset', in: 'query', type: 'number', description: 'Starting point of entries; 0-indexed' },
    ],
    response: { kind: 'page', collectionKey: 'patientappointmentreasons' },
  },
  listExistingPatientReasons: {
    id: 'appointmentReasons.listExistingPatientReasons',
    method: 'GET',
    path: '/patientappointmentreasons/existingpatient',
    summary: 'Lists the appointment reasons existing patients can pick when booking.',
    params: [
      { name: 'departmentid', in: 'query', type: 'string', required: true, description: 'The athenaNet department ID.' },
      { name: 'providerid', in: 'query', type: 'string', required: true, description: 'The athenaNet provider ID.' },
      { name: 'limit', in: 'query', type: 'number', description: 'Number of entries to return (default 1500, max 5000)' },
      { name: 'offset', in: 'query', type: 'number', description: 'Starting point of entries; 0-indexed' },
    ],
    response: { kind: 'page', collectionKey: 'patientappointmentreasons' },
  },
  listNewPatientReasons: {
    id: 'appointmentReasons.listNewPatientReasons',
    method: 'GET',
    path: '/patientappointmentreasons/newpatient',
    summary: 'Lists the appointment reasons new patients can pick when booking.',
    params: [
      { name: 'departmentid', in: 'query', type: 'string', required: true, description: 'The athenaNet department ID.' },
      { name: 'providerid', in: 'query', type: 'string', required: true, description: 'The athenaNet provider ID.' },
      { name: 'limit', in: 'query', type: 'number', description: 'Number of entries to return (default 1500, max 5000)' },
      { name: 'offset', in: 'query', type: 'number', description: 'Starting point of entries; 0-indexed' },
    ],
    response: { kind: 'page', collectionKey: 'patientappointmentreasons' },
  },
});
