/** `athena appointments open` and `athena appointments book`, on the typed `athena.appointments` methods. */
import type { Command } from 'commander';
import { CliError } from '../exit-codes.js';
import { isoDate, positiveInteger, printList, withClient } from '../command-kit.js';
import { printRows } from '../output.js';

interface OpenOptions {
  department: string;
  provider?: string;
  from?: string;
  to?: string;
  reason?: string;
  appointmentType?: string;
  limit: number;
}

interface BookOptions {
  patient: string;
  reason?: string;
  appointmentType?: string;
  note?: string;
}

/** Today (plus `days`) on this machine's calendar, as YYYY-MM-DD. */
function localDate(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function addDays(isoDay: string, days: number): string {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const SLOT_COLUMNS = ['appointmentid', 'date', 'starttime', 'duration', 'providerid', 'appointmenttypeid', 'appointmenttype'];

export function registerAppointmentCommands(program: Command): void {
  const appointments = program
    .command('appointments')
    .description('Appointments')
    .addHelpText('after', '\nExample: athena appointments open --department 1 --provider 1');
  appointments
    .command('open')
    .description('List open appointment slots')
    .requiredOption('--department <id>', 'department id')
    .option('--provider <id>', 'provider id')
    .option('--from <YYYY-MM-DD>', 'first day (default: today)', isoDate)
    .option('--to <YYYY-MM-DD>', 'last day (default: a week after --from)', isoDate)
    .option('--reason <id>', "appointment reason id; -1 (the default without --appointment-type): any web-schedulable slot")
    .option('--appointment-type <id>', 'appointment type id, instead of a reason (athena advises reasons)')
    .option('--limit <n>', 'show at most this many', positiveInteger(10_000), 50)
    .addHelpText('after', '\nExamples:\n  athena appointments open --department 1 --provider 1\n  athena appointments open --department 1 --from 2026-03-02 --to 2026-03-06 --json')
    .action((options: OpenOptions, command: Command) => {
      const from = options.from ?? localDate(0);
      const to = options.to ?? addDays(from, 7);
      if (from > to) throw new CliError('--from must not be after --to.');
      // athena returns nothing without a reason or a type, and needs the provider for a specific reason.
      const reason = options.reason ?? (options.appointmentType ? undefined : '-1');
      if (reason !== undefined && reason !== '-1' && !options.provider) throw new CliError('--provider is required with a --reason other than -1.');
      return withClient(command, (athena, globals) =>
        printList(
          athena.appointments.listOpenAppointmentSlots({
            departmentid: options.department,
            providerid: options.provider,
            startdate: from,
            enddate: to,
            reasonid: reason,
            appointmenttypeid: options.appointmentType,
            limit: Math.min(options.limit, 5000),
          }),
          { limit: options.limit, json: globals.json, what: 'open slots', more: 'raise --limit (up to 10000) or narrow --from and --to', columns: SLOT_COLUMNS },
        ),
      );
    });

  appointments
    .command('book')
    .description('Book an open slot for a patient (sent once, never retried; a taken slot exits 5)')
    .argument('<appointmentid>', 'id of the open slot, from `athena appointments open`')
    .requiredOption('--patient <id>', 'patient id')
    .option('--reason <id>', 'appointment reason id to book')
    .option('--appointment-type <id>', 'appointment type id to book (e.g. the slot\'s APPOINTMENTTYPEID)')
    .option('--note <text>', 'booking note from the patient')
    .addHelpText('after', '\nExample: athena appointments book 12 --patient 1 --appointment-type 62')
    .action((appointmentId: string, options: BookOptions, command: Command) => {
      // athena requires one of the two; say so before any request.
      if (!options.reason && !options.appointmentType) throw new CliError('Give --reason or --appointment-type.');
      return withClient(command, async (athena, globals) => {
        const booked = await athena.appointments.bookAppointment(appointmentId, {
          patientid: options.patient,
          reasonid: options.reason,
          appointmenttypeid: options.appointmentType,
          bookingnote: options.note,
        });
        // athena answers a one-element array; the SDK passes it through as-is.
        const rows = Array.isArray(booked) ? booked : [booked];
        printRows(rows, globals.json, [...SLOT_COLUMNS, 'patientid', 'appointmentstatus']);
      });
    });
}
