// Drafted by scripts/draft-operations.ts from the athena catalogue and scripts/operation-curation.ts. Edit those, then run `npm run draft:operations`.
import { defineOperations } from '../../core/operation.js';

export const departmentsExtendedOperations = defineOperations({
  getCheckInRequiredFields: {
    id: 'departments.getCheckInRequiredFields',
    method: 'GET',
    path: '/departments/{departmentid}/checkinrequired',
    summary: 'Get required fields for check-in in this department',
    params: [
      { name: 'departmentid', in: 'path', type: 'string', required: true },
    ],
    response: { kind: 'record' },
  },
  getECommunicationDisclosure: {
    id: 'departments.getECommunicationDisclosure',
    method: 'GET',
    path: '/departments/{departmentid}/ecommunicationdisclosure',
    summary: 'Gets a department\'s electronic communication disclosure. Returns its HTML (the SDK asks athena for text/html).',
    params: [
      { name: 'departmentid', in: 'path', type: 'string', required: true },
    ],
    response: { kind: 'text', accept: 'text/html' },
  },
});
