/** `/metadata`: the simulator's CapabilityStatement, listing what it serves and athena's search requirements. */
import { FHIR_OPERATIONS, searchCombinations, type CapabilityStatement, type CapabilityStatementRestResource } from '../../internal.js';
import { FHIR_TYPES } from './resource-types.js';

export function capabilityStatement(baseUrl: string): CapabilityStatement {
  const resource: CapabilityStatementRestResource[] = Object.keys(FHIR_TYPES).map((type) => {
    const combinations = searchCombinations(type);
    const operations = Object.entries(FHIR_OPERATIONS)
      .filter(([, spec]) => spec.resourceType === type)
      .map(([name]) => ({ name: name.slice(name.indexOf('$') + 1), definition: `https://fhir.athena.io/OperationDefinition/${name.slice(name.indexOf('$') + 1)}` }));
    return {
      type: type as CapabilityStatementRestResource['type'],
      interaction: [{ code: 'read' }, { code: 'search-type' }, ...(type === 'QuestionnaireResponse' ? [{ code: 'create' as const }] : [])],
      searchParam: [
        { name: '_count', type: 'number' },
        { name: 'cursor', type: 'token' },
        { name: 'ah-practice', type: 'reference' },
      ],
      ...(combinations
        ? {
            extension: [
              {
                url: 'https://fhir.athena.io/StructureDefinition/ah-search-parameter-metadata',
                extension: combinations.map((c) => ({ url: 'requiredAnySearchParams', valueString: c.join(', ') })),
              },
            ],
          }
        : {}),
      ...(operations.length ? { operation: operations } : {}),
    };
  });
  // FamilyMemberHistory is served for its $batch-write operation only.
  resource.push({ type: 'FamilyMemberHistory', operation: [{ name: 'batch-write', definition: 'https://fhir.athena.io/OperationDefinition/batch-write' }] });
  return {
    resourceType: 'CapabilityStatement',
    id: 'ah-r4-base',
    status: 'active',
    date: '2022-06-06',
    kind: 'instance',
    publisher: 'athenahealth (simulated)',
    software: { name: 'athenahealth-sdk simulator' },
    implementation: { description: 'athenahealth R4 FHIR Server (simulated)', url: baseUrl },
    fhirVersion: '4.0.1',
    format: ['application/fhir+json', 'application/json'],
    rest: [{ mode: 'server', resource }],
  };
}
