/**
 * Paging: athena's lists come a page at a time. `for await` walks every item across
 * pages; `byPage()` walks pages; awaiting the list gives the first page. Only the
 * current page is held in memory.
 *
 * Run: npx tsx examples/paging.ts   (starts the embedded simulator)
 */
import { AthenaClient } from 'athenahealth-sdk';
import { startSimulator } from 'athenahealth-sdk/simulator';

const sim = await startSimulator({ patientCount: 300 });
const athena = new AthenaClient({ clientId: sim.clientId, clientSecret: sim.clientSecret, practiceId: sim.practiceId, baseUrl: sim.url });
try {
  const first = await athena.patients.searchPatients({ departmentid: '1', limit: 20 });
  console.log(`first page: ${first.items.length} of ${first.totalCount} patients; more: ${first.hasNextPage()}`);

  let pages = 0;
  for await (const page of athena.patients.searchPatients({ departmentid: '1', limit: 20 }).byPage()) {
    pages++;
    console.log(`page ${pages}: ${page.items.map((p) => p.patientid).join(', ')}`);
  }

  let born1970s = 0;
  for await (const patient of athena.patients.searchPatients({ departmentid: '1', limit: 50 })) {
    if (/\/197\d$/.test(patient.dob ?? '')) born1970s++;
  }
  console.log(`${born1970s} patients of department 1 were born in the 1970s`);

  const providers = await athena.providers.listProviders().toArray({ limit: 100 });
  console.log(`${providers.length} providers`);
} finally {
  athena.close();
  await sim.stop();
}
