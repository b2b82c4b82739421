/**
 * Booking an appointment: find an open slot, then book it for a patient.
 *
 * The SDK has no appointments resource yet, so this goes through `athena.request`,
 * which calls any endpoint under /v1/{practiceid} with the same auth, retries (reads
 * only: the booking PUT is sent once) and typed errors. The embedded simulator does
 * not serve appointments yet either: run this against the athena preview sandbox with
 * ATHENA_CLIENT_ID, ATHENA_CLIENT_SECRET and ATHENA_PRACTICE_ID set.
 *
 * Run: npx tsx examples/book-appointment.ts <patientid> <departmentid> <providerid>
 */
import { AthenaClient, ConflictError, NotFoundError } from '../src/index.js';

interface OpenSlot {
  appointmentid: string;
  date: string;
  starttime: string;
  appointmenttypeid?: string;
}

const [patientId, departmentId, providerId] = process.argv.slice(2);
if (!patientId || !departmentId || !providerId) {
  console.error('usage: npx tsx examples/book-appointment.ts <patientid> <departmentid> <providerid>');
  process.exit(2);
}

const athena = new AthenaClient();
const today = new Date();
const inTwoWeeks = new Date(today.getTime() + 14 * 86_400_000);
const mmddyyyy = (d: Date) => `${String(d.getUTCMonth() + 1).padStart(2, '0')}/${String(d.getUTCDate()).padStart(2, '0')}/${d.getUTCFullYear()}`;

try {
  const open = await athena.request<{ appointments?: OpenSlot[] }>('GET', '/appointments/open', {
    departmentid: departmentId,
    providerid: providerId,
    startdate: mmddyyyy(today),
    enddate: mmddyyyy(inTwoWeeks),
    reasonid: -1,
  });
  const slot = open.appointments?.[0];
  if (!slot) {
    console.log('No open slot in the next two weeks.');
  } else {
    // A write: sent once, never retried by the SDK (athena has no idempotency key).
    const booked = await athena.request('PUT', `/appointments/${encodeURIComponent(slot.appointmentid)}`, {
      patientid: patientId,
      appointmenttypeid: slot.appointmenttypeid,
    });
    console.log(`Booked ${slot.date} ${slot.starttime}:`, booked);
  }
} catch (error) {
  if (error instanceof ConflictError) console.error('Someone booked that slot first; pick another.');
  else if (error instanceof NotFoundError) console.error('This server does not serve appointments (the simulator does not yet).');
  else throw error;
} finally {
  athena.close();
}
