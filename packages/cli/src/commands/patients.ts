/** `athena patients get <id>` and `athena patients search`. */
import type { Command } from 'commander';
import { CliError } from '../exit-codes.js';
import { checkDateOfBirth, positiveInteger, printList, withClient } from '../command-kit.js';
import { printRecord } from '../output.js';

interface SearchOptions {
  lastname?: string;
  firstname?: string;
  dob?: string;
  department?: string;
  limit: number;
}

export function registerPatientCommands(program: Command): void {
  const patients = program.command('patients').description('Patients').addHelpText('after', '\nExample: athena patients search --lastname Smith');
  patients
    .command('get')
    .description('Show one patient')
    .argument('<id>', 'patient id')
    .option('--department <id>', 'department context for the record')
    .addHelpText('after', '\nExample: athena patients get 1 --json')
    .action((id: string, options: { department?: string }, command: Command) =>
      withClient(command, async (athena, globals) =>
        printRecord(await athena.patients.getPatient(id, options.department ? { departmentid: options.department } : {}), globals.json),
      ),
    );

  patients
    .command('search')
    .description('Find patients by name, date of birth or department')
    .option('--lastname <name>', 'last name')
    .option('--firstname <name>', 'first name')
    .option('--dob <YYYY-MM-DD>', 'date of birth')
    .option('--department <id>', 'registration department')
    .option('--limit <n>', 'show at most this many', positiveInteger(10_000), 50)
    .addHelpText('after', '\nExample: athena patients search --lastname Smith --dob 1980-08-06')
    .action((options: SearchOptions, command: Command) => {
      if (!options.lastname && !options.firstname && !options.dob && !options.department) {
        throw new CliError('Give at least one of --lastname, --firstname, --dob or --department.');
      }
      checkDateOfBirth(options.dob);
      return withClient(command, (athena, globals) =>
        printList(
          athena.patients.searchPatients({
            lastname: options.lastname,
            firstname: options.firstname,
            dob: options.dob,
            departmentid: options.department,
            limit: Math.min(options.limit, 5000),
          }),
          { limit: options.limit, json: globals.json, what: 'patients', more: "raise --limit, or use 'athena export patients --out FILE' with the same filters for all of them", columns: ['patientid', 'lastname', 'firstname', 'dob', 'sex', 'departmentid'] },
        ),
      );
    });
}
