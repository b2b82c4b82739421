// Drafted by scripts/draft-operations.ts from the athena catalogue and scripts/operation-curation.ts. Edit those, then run `npm run draft:operations`.
import { defineOperations } from '../../core/operation.js';

export const providersExtendedOperations = defineOperations({
  listInboxTasks: {
    id: 'providers.listInboxTasks',
    method: 'GET',
    path: '/providers/{providerid}/inbox',
    summary: 'Lists the tasks in a provider\'s inbox.',
    params: [
      { name: 'providerid', in: 'path', type: 'string', required: true },
      { name: 'inboxcategory', in: 'query', type: 'string', enum: ['ADMIN', 'APPOINTMENTREQUEST', 'CLINICALDOCUMENT', 'CLINICALENCOUNTERVISIT', 'CLINICALRESULT', 'COORDINATORTASK', 'FOLLOWUP', 'ORDER', 'PATIENTCASE', 'UNKNOWN'], description: 'The inbox category/bucket to filter, all others will be excluded.' },
      { name: 'limit', in: 'query', type: 'number', description: 'Number of entries to return (default 1000, max 5000)' },
      { name: 'offset', in: 'query', type: 'number', description: 'Starting point of entries; 0-indexed' },
      { name: 'priority', in: 'query', type: 'string', enum: ['NORMAL', 'URGENT', 'CURRENT'], description: 'Priority to filter, all others will be excluded' },
      { name: 'status', in: 'query', type: 'string', description: 'Status to filter, all others will be excluded' },
      { name: 'subtype', in: 'query', type: 'string', enum: ['Encounter', 'Document'], description: 'The document class to filter, all others will be excluded' },
    ],
    response: { kind: 'page', collectionKey: 'tasks' },
  },
  getInboxCounts: {
    id: 'providers.getInboxCounts',
    method: 'GET',
    path: '/providers/{providerid}/inbox/counts',
    summary: 'The count of tasks assigned to a provider by category',
    params: [
      { name: 'providerid', in: 'path', type: 'string', required: true },
    ],
    response: { kind: 'raw' },
  },
});
