/**
 * Booking an appointment: find an open slot, book it for a patient, and see that the
 * same slot cannot be booked twice (athena's 409, a ConflictError).
 *
 * The booking PUT is sent once and never retried by the SDK (athena has no idempotency key).
 * Without ATHENA_CLIENT_ID it starts the embedded simulator; with ATHENA_CLIENT_ID,
 * ATHENA_CLIENT_SECRET and ATHENA_PRACTICE_ID (and ATHENA_BASE_URL) set it books against
 * that athena instead.
 *
 * Run: npx tsx examples/book-appointment.ts [patientid departmentid providerid]   (default: 1 1 1)
 */
import { AthenaClient, ConflictError, type Appointment } from 'athenahealth-sdk';
import { startSimulator } from 'athenahealth-sdk/simulator';

const [patientId = '1', departmentId = '1', providerId = '1'] = process.argv.slice(2);

const sim = process.env.ATHENA_CLIENT_ID ? undefined : await startSimulator();
const athena = sim
  ? new AthenaClient({ clientId: sim.clientId, clientSecret: sim.clientSecret, practiceId: sim.practiceId, baseUrl: sim.url })
  : new AthenaClient();
const today = new Date();
const inTwoWeeks = new Date(today.getTime() + 14 * 86_400_000);

try {
  // Dates go in as Date objects (or 'YYYY-MM-DD'); the SDK sends athena's mm/dd/yyyy.
  // reasonid -1: any slot schedulable through the API.
  const open = await athena.appointments
    .listOpenAppointmentSlots({ departmentid: departmentId, providerid: providerId, startdate: today, enddate: inTwoWeeks, reasonid: '-1' })
    .toArray({ limit: 50 });
  console.log(`${open.length} open slot(s) in the next two weeks.`);
  const slot = open[0];
  if (slot) {
    const answer: unknown = await athena.appointments.bookAppointment(slot.appointmentid, {
      patientid: patientId,
      appointmenttypeid: slot.appointmenttypeid,
    });
    // athena answers the booked appointment in a one-element array.
    const booked = (Array.isArray(answer) ? answer[0] : answer) as Appointment | undefined;
    console.log(`Booked appointment ${booked?.appointmentid} on ${booked?.date} at ${booked?.starttime} (status ${booked?.appointmentstatus}).`);
    try {
      await athena.appointments.bookAppointment(slot.appointmentid, { patientid: patientId, appointmenttypeid: slot.appointmenttypeid });
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      console.log(`Booking it again: ${error.status}, someone has it already; pick another slot.`);
    }
  }
} finally {
  athena.close();
  await sim?.stop();
}
