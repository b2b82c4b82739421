/**
 * A user's program, compiled against the packed SDK by consumer-types.test.ts under each
 * moduleResolution (strict, skipLibCheck off). Every `@ts-expect-error` line holds only
 * if a result is precisely typed: were it `any`, the directive would be unused, an error.
 * Inside the repo it compiles against the sources too (tsconfig paths).
 */
import { AthenaClient, type fhir4, type Patient, type ResourceOf } from 'athenahealth-sdk';
import { RedisRateLimiter, RedisTokenStore, type RedisClient } from 'athenahealth-sdk/redis';
import { startSimulator } from 'athenahealth-sdk/simulator';
import { Redis } from 'ioredis';

export async function consumer(): Promise<string[]> {
  const sim = await startSimulator();
  const client = new AthenaClient({ clientId: sim.clientId, clientSecret: sim.clientSecret, practiceId: sim.practiceId, baseUrl: sim.url });
  // The control compile of the test retypes this line as `any`: every directive below must then fail.
  const athena = client;
  const seen: string[] = [];

  const patient = await athena.patients.getPatient('1');
  seen.push(patient.patientid);
  // @ts-expect-error REST results are typed: patientid is a string
  const patientNumber: number = patient.patientid;

  const page = await athena.departments.listDepartments();
  // @ts-expect-error pages hold typed items, not numbers
  const departmentNumbers: number[] = page.items;

  // Typed calls stay assignable to Promise<T>; withResponse() keeps the data typed.
  const stillAPromise: Promise<Patient> = athena.patients.getPatient('1');
  const { data: samePatient, response } = await athena.patients.getPatient('1').withResponse();
  seen.push((await stillAPromise).patientid, samePatient.patientid, response.requestId ?? '');
  // @ts-expect-error withResponse() data is typed: patientid is a string
  const samePatientNumber: number = samePatient.patientid;
  // @ts-expect-error a page's response is typed: quotaRemaining is a number
  const quotaText: string | undefined = page.response.quotaRemaining;

  const fhirPatient = await athena.fhir.read('Patient', 'a-195900.E-1');
  const asR4: fhir4.Patient = fhirPatient;
  seen.push(asR4.name?.[0]?.family ?? '');
  // @ts-expect-error FHIR reads are typed: birthDate is a string
  const birthNumber: number = fhirPatient.birthDate;

  for await (const condition of athena.fhir.search('Condition', { patient: 'a-195900.E-1' })) {
    const conditionAsR4: ResourceOf<'Condition'> = condition;
    seen.push(conditionAsR4.code?.text ?? '');
    // @ts-expect-error FHIR searches yield the searched type: a Condition has no birthDate
    seen.push(condition.birthDate);
  }
  const bundle = await athena.fhir.search('Observation', { patient: 'a-195900.E-1' });
  const firstObservation: fhir4.Observation | undefined = bundle.entry?.[0]?.resource;
  // @ts-expect-error an Observation bundle holds no Patients
  const firstPatient: fhir4.Patient | undefined = bundle.entry?.[0]?.resource;
  // @ts-expect-error athena serves no such resource type
  await athena.fhir.read('Spaceship', 'x');

  // ioredis' client fits the SDK's shared token store and rate limiter.
  const redis: RedisClient = new Redis({ lazyConnect: true });
  const shared = new AthenaClient({
    clientId: sim.clientId,
    clientSecret: sim.clientSecret,
    practiceId: sim.practiceId,
    baseUrl: sim.url,
    tokenStore: new RedisTokenStore({ client: redis, clientSecret: sim.clientSecret }),
    rateLimiter: new RedisRateLimiter({ client: redis, requestsPerSecond: 10 }),
  });
  // @ts-expect-error the store takes a client, not a URL
  new RedisTokenStore({ client: 'redis://127.0.0.1:6379' });

  shared.close();
  client.close();
  await sim.stop();
  return [...seen, String(patientNumber), String(departmentNumbers), String(birthNumber), String(firstObservation), String(firstPatient), String(samePatientNumber), String(quotaText)];
}
