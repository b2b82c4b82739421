import { defineOperations } from '../core/operation.js';

export const departmentOperations = defineOperations({
  listDepartments: {
    id: 'departments.listDepartments',
    method: 'GET',
    path: '/departments',
    summary: 'Departments of the practice, paged.',
    params: [
      { name: 'providerlist', in: 'query', type: 'boolean', description: 'Include the providers of each department.' },
      { name: 'showalldepartments', in: 'query', type: 'boolean', description: 'Include departments hidden from the API by default.' },
      { name: 'hospitalonly', in: 'query', type: 'boolean', description: 'Only hospital departments.' },
      { name: 'limit', in: 'query', type: 'number' },
      { name: 'offset', in: 'query', type: 'number' },
    ],
    response: { kind: 'page', collectionKey: 'departments' },
  },
  getDepartment: {
    id: 'departments.getDepartment',
    method: 'GET',
    path: '/departments/{departmentid}',
    summary: 'One department (athena answers with a one-element array).',
    params: [
      { name: 'departmentid', in: 'path', type: 'string', required: true },
      { name: 'providerlist', in: 'query', type: 'boolean' },
      // The catalogue declares it here too.
      { name: 'showalldepartments', in: 'query', type: 'boolean', description: 'Include departments hidden from the portal.' },
    ],
    response: { kind: 'record' },
  },
});
