/** `athena departments list` and `athena providers list`. */
import type { Command } from 'commander';
import { positiveInteger, printList, withClient } from '../command-kit.js';

export function registerListCommands(program: Command): void {
  program
    .command('departments')
    .description("The practice's departments")
    .addHelpText('after', '\nExample: athena departments list')
    .command('list')
    .description('List departments')
    .addHelpText('after', '\nExample: athena departments list --json')
    .option('--limit <n>', 'show at most this many', positiveInteger(100_000), 100)
    .action((options: { limit: number }, command: Command) =>
      withClient(command, (athena, globals) =>
        printList(athena.departments.listDepartments({ limit: Math.min(options.limit, 5000) }), {
          limit: options.limit,
          json: globals.json,
          what: 'departments',
          more: "raise --limit, or use 'athena export departments --out FILE' for all of them",
          columns: ['departmentid', 'name', 'city', 'state', 'phone'],
        }),
      ),
    );

  program
    .command('providers')
    .description("The practice's providers")
    .addHelpText('after', '\nExample: athena providers list --limit 20')
    .command('list')
    .description('List providers')
    .addHelpText('after', '\nExample: athena providers list --limit 20')
    .option('--limit <n>', 'show at most this many', positiveInteger(100_000), 100)
    .action((options: { limit: number }, command: Command) =>
      withClient(command, (athena, globals) =>
        printList(athena.providers.listProviders({ limit: Math.min(options.limit, 5000) }), {
          limit: options.limit,
          json: globals.json,
          what: 'providers',
          more: "raise --limit, or use 'athena export providers --out FILE' for all of them",
          columns: ['providerid', 'displayname', 'providertype', 'specialty', 'npi'],
        }),
      ),
    );
}
