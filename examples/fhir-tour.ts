/**
 * FHIR R4 through the SDK: `npx tsx examples/fhir-tour.ts`.
 * Runs against the embedded simulator; with ATHENA_CLIENT_ID (and ATHENA_CLIENT_SECRET,
 * ATHENA_PRACTICE_ID, ATHENA_FHIR_PATIENT=a-{practice}.E-{id}) set, against the preview sandbox (reads only).
 */
import { AthenaClient, buildScope, FhirError, InvalidRequestError, parseFhirId, toFhirPatientId } from 'athenahealth-sdk';
import { startSimulator, type Simulator } from 'athenahealth-sdk/simulator';

const show = (label: string, value: unknown) => console.log(`   ${label.padEnd(20)} ${typeof value === 'string' ? value : JSON.stringify(value)}`);

async function main(): Promise<void> {
  const scope = buildScope({ rest: true, fhir: ['Patient', 'Condition', 'Observation'] });
  let sim: Simulator | undefined;
  let athena: AthenaClient;
  if (process.env.ATHENA_CLIENT_ID) {
    athena = new AthenaClient({ scope });
  } else {
    sim = await startSimulator();
    athena = new AthenaClient({ clientId: sim.clientId, clientSecret: sim.clientSecret, practiceId: sim.practiceId, baseUrl: sim.url, scope });
  }
  try {
    console.log(`scope: ${scope}`);
    const patientId = process.env.ATHENA_FHIR_PATIENT ?? toFhirPatientId(athena.practiceId, '12');
    const patient = await athena.fhir.read('Patient', patientId);
    show('Patient', `${patient.id} ${patient.name?.[0]?.given?.[0]} ${patient.name?.[0]?.family}, born ${patient.birthDate}`);
    show('REST id', parseFhirId(`Patient/${patient.id}`));

    for await (const condition of athena.fhir.search('Condition', { patient: `Patient/${patientId}` })) show('Condition', condition.code?.text);
    let bundles = 0;
    for await (const _bundle of athena.fhir.search('Observation', { patient: patientId, _count: 1 }).byPage()) bundles++;
    show('Observation bundles', `${bundles} of one entry each`);

    try {
      athena.fhir.search('Condition', { code: 'I10' });
    } catch (error) {
      if (!(error instanceof InvalidRequestError)) throw error;
      show('refused locally', error.message);
    }
    try {
      await athena.fhir.read('Patient', toFhirPatientId(athena.practiceId, '999999999'));
    } catch (error) {
      if (!(error instanceof FhirError)) throw error;
      show('FhirError', `${error.status} ${error.issues.map((i) => `${i.severity}/${i.code}`).join(', ')}`);
    }
  } finally {
    athena.close();
    await sim?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
