/**
 * `athena appointments open`. The SDK has no appointments resource yet, so this goes
 * through `athena.request`; a 404 is explained rather than shown as a missing record.
 */
import type { Command } from 'commander';
import { NotFoundError } from '../../index.js';
import { CliError, ExitCode } from '../exit-codes.js';
import { isoDate, withClient } from '../command-kit.js';
import { printJson, printRows, type Row } from '../output.js';

interface OpenOptions {
  department: string;
  provider?: string;
  from: string;
  to: string;
  reason?: string;
  appointmentType?: string;
}

/** athena's `mm/dd/yyyy` from a checked `YYYY-MM-DD`. */
function athenaDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${month}/${day}/${year}`;
}

export function registerAppointmentCommands(program: Command): void {
  const appointments = program.command('appointments').description('Appointments');
  appointments
    .command('open')
    .description('List open appointment slots')
    .requiredOption('--department <id>', 'department id')
    .option('--provider <id>', 'provider id')
    .requiredOption('--from <YYYY-MM-DD>', 'first day', isoDate)
    .requiredOption('--to <YYYY-MM-DD>', 'last day', isoDate)
    .option('--reason <id>', "appointment reason id; -1 (the default without --appointment-type): any web-schedulable slot")
    .option('--appointment-type <id>', 'appointment type id, instead of a reason (athena advises reasons)')
    .action((options: OpenOptions, command: Command) => {
      if (options.from > options.to) throw new CliError('--from must not be after --to.');
      // athena returns nothing without a reason or a type, and needs the provider for a specific reason.
      const reason = options.reason ?? (options.appointmentType ? undefined : '-1');
      if (reason !== undefined && reason !== '-1' && !options.provider) throw new CliError('--provider is required with a --reason other than -1.');
      return withClient(command, async (athena, globals) => {
        let body: unknown;
        try {
          body = await athena.request('GET', '/appointments/open', {
            departmentid: options.department,
            providerid: options.provider,
            startdate: athenaDate(options.from),
            enddate: athenaDate(options.to),
            reasonid: reason,
            appointmenttypeid: options.appointmentType,
          });
        } catch (error) {
          if (error instanceof NotFoundError) {
            throw new CliError(
              `athena answered 404 for GET /appointments/open: this server does not offer open appointments ` +
                `(the embedded simulator does not serve them yet), or the department or provider does not exist. ` +
                `Check --department and --provider, or try 'athena request GET /appointments/open --param ...'.`,
              ExitCode.notFound,
            );
          }
          throw error;
        }
        const slots = (body as { appointments?: Row[] } | undefined)?.appointments;
        if (globals.json || !Array.isArray(slots)) return printJson(body);
        printRows(slots, false, ['appointmentid', 'date', 'starttime', 'duration', 'providerid', 'appointmenttype']);
      });
    });
}
