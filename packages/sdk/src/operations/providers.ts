import { defineOperations } from '../core/operation.js';

export const providerOperations = defineOperations({
  listProviders: {
    id: 'providers.listProviders',
    method: 'GET',
    path: '/providers',
    summary: 'Providers of the practice, paged. athena sends `providerid` and `npi` as numbers; the SDK gives strings.',
    params: [
      { name: 'name', in: 'query', type: 'string', description: 'Filter by provider name.' },
      { name: 'providertype', in: 'query', type: 'string', description: 'Filter by provider type, e.g. MD.' },
      { name: 'showallproviderids', in: 'query', type: 'boolean' },
      // The catalogue: a ratio from 0 to 1 (at least .5 recommended) of a provider's appointments in one department.
      { name: 'showusualdepartmentguessthreshold', in: 'query', type: 'number', description: "Guess each provider's usual department at this share of appointments (0 to 1)." },
      { name: 'limit', in: 'query', type: 'number' },
      { name: 'offset', in: 'query', type: 'number' },
    ],
    response: { kind: 'page', collectionKey: 'providers' },
  },
  getProvider: {
    id: 'providers.getProvider',
    method: 'GET',
    path: '/providers/{providerid}',
    summary: 'One provider (athena answers with a one-element array).',
    params: [{ name: 'providerid', in: 'path', type: 'string', required: true }],
    response: { kind: 'record' },
  },
});
