/**
 * Watching changes: athena's changed-data feeds list what changed since the last read.
 * `changes.watch` polls a feed and hands each change to your handler once; a change
 * counts as processed only after the handler returned, so a crash in between does not
 * lose it (restart with `since` to re-read what athena marked processed).
 *
 * Run: npx tsx examples/watch-changes.ts   (starts the embedded simulator)
 */
import { AthenaClient, type PatientChange } from 'athenahealth-sdk';
import { startSimulator } from 'athenahealth-sdk/simulator';

const sim = await startSimulator();
const athena = new AthenaClient({ clientId: sim.clientId, clientSecret: sim.clientSecret, practiceId: sim.practiceId, baseUrl: sim.url });
try {
  // Feeds only record changes once subscribed (athena answers 403 SubscriptionRequiredError otherwise).
  await athena.changes.subscribe('patients');

  const stop = new AbortController();
  const seen: PatientChange[] = [];
  const watching = athena.changes.watch(
    'patients',
    (change) => {
      seen.push(change);
      console.log(`change: patient ${change.patientid}`);
      if (seen.length === 2) stop.abort();
    },
    { intervalMs: 100, signal: stop.signal },
  );

  const { patientid } = await athena.patients.createPatient({ departmentid: '1', firstname: 'Watch', lastname: 'Example', dob: '1990-01-02' });
  await athena.patients.updatePatient(patientid, { email: 'watch@example.com' });

  await watching;
  console.log(`${seen.length} changes delivered for patient ${patientid}`);
} finally {
  athena.close();
  await sim.stop();
}
