/**
 * A short tour of the SDK: `npm start`.
 *
 * Without credentials it starts the embedded simulator and points the client at
 * it. With ATHENA_CLIENT_ID (and ATHENA_CLIENT_SECRET, ATHENA_PRACTICE_ID) set it
 * talks to the athena preview sandbox instead, and only reads unless
 * ATHENA_TOUR_WRITE=1 allows the update step.
 */
import { AthenaClient, NotFoundError } from 'athenahealth-sdk';
import { startSimulator, type Simulator } from 'athenahealth-sdk/simulator';

const live = Boolean(process.env.ATHENA_CLIENT_ID);
const step = (n: number, text: string) => console.log(`\n${n}. ${text}`);
/** The code of a step, as you would write it, printed before what it gave. */
const code = (source: string) => console.log(source.split('\n').map((line) => `   │ ${line}`).join('\n'));
const show = (label: string, value: unknown) => console.log(`   → ${label.padEnd(16)} ${typeof value === 'string' ? value : JSON.stringify(value)}`);

async function main(): Promise<void> {
  let sim: Simulator | undefined;
  let athena: AthenaClient;
  if (live) {
    athena = new AthenaClient();
    console.log(`Tour against athena ${athena.environment} (${athena.baseUrl}), practice ${athena.practiceId}`);
  } else {
    sim = await startSimulator({ patientCount: 80 });
    athena = new AthenaClient({ clientId: sim.clientId, clientSecret: sim.clientSecret, practiceId: sim.practiceId, baseUrl: sim.url });
    console.log(`Tour against the embedded athena simulator at ${sim.url}, practice ${sim.practiceId}`);
    console.log('(set ATHENA_CLIENT_ID, ATHENA_CLIENT_SECRET and ATHENA_PRACTICE_ID to run it against the preview sandbox)');
    code(
      `const sim = await startSimulator({ patientCount: 80 });\n` +
        `const athena = new AthenaClient({ clientId: sim.clientId, clientSecret: sim.clientSecret, practiceId: sim.practiceId, baseUrl: sim.url });`,
    );
  }

  try {
    step(1, 'The first call fetches a client-credentials token; later calls reuse it.');
    code(`await athena.practice.ping();\nconst info = await athena.practice.getPracticeInfo();`);
    show('ping', await athena.practice.ping());
    const info = await athena.practice.getPracticeInfo();
    show('practice', `${info.practiceid} ${info.name ?? ''}`);
    if (sim) show('token requests', sim.stats.tokenRequests);

    step(2, 'A patient: athena answers with an array; the SDK returns the record.');
    code(`const patient = await athena.patients.getPatient('1');`);
    const patient = await athena.patients.getPatient('1');
    show('patient 1', `${patient.firstname} ${patient.lastname}, born ${patient.dob}`);

    step(3, "A paged search: for await follows athena's next links across pages.");
    code(`for await (const page of athena.patients.searchPatients({ lastname: 'Smith', limit: 5 }).byPage()) {\n  found += page.items.length;\n}`);
    const search = athena.patients.searchPatients({ lastname: 'Smith', limit: 5 });
    let pages = 0;
    let found = 0;
    for await (const page of search.byPage()) {
      pages++;
      found += page.items.length;
    }
    show('Smiths found', `${found} in ${pages} pages of up to 5`);

    step(4, 'An update, sent as a form body, never retried on its own.');
    code(`await athena.patients.updatePatient(patient.patientid, { email });`);
    if (live && process.env.ATHENA_TOUR_WRITE !== '1') {
      show('skipped', 'set ATHENA_TOUR_WRITE=1 to update a sandbox patient');
    } else {
      const email = `tour.${Date.now()}@example.com`;
      await athena.patients.updatePatient(patient.patientid, { email });
      const after = await athena.patients.getPatient(patient.patientid);
      show('new email', after.email);
    }

    step(5, 'Errors are typed: an unknown patient is a NotFoundError.');
    code(`try {\n  await athena.patients.getPatient('999999999');\n} catch (error) {\n  if (error instanceof NotFoundError) console.log(error.message);\n}`);
    try {
      await athena.patients.getPatient('999999999');
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      show(error.name, error.message);
    }

    if (sim) {
      step(6, 'What the simulator saw.');
      code(`sim.stats.tokenRequests; sim.stats.apiRequests;`);
      show('token requests', sim.stats.tokenRequests);
      show('API requests', sim.stats.apiRequests);
    }
    console.log('\nDone.');
  } finally {
    athena.close();
    await sim?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
  process.exitCode = 1;
});
