/** `athena departments list` and `athena providers list`. */
import type { Command } from 'commander';
import { positiveInteger, printList, withClient } from '../command-kit.js';

export function registerListCommands(program: Command): void {
  program
    .command('departments')
    .description("The practice's departments")
    .command('list')
    .description('List departments')
    .option('--limit <n>', 'show at most this many', positiveInteger(100_000), 100)
    .action((options: { limit: number }, command: Command) =>
      withClient(command, (athena, globals) =>
        printList(athena.departments.listDepartments({ limit: Math.min(options.limit, 5000) }), {
          limit: options.limit,
          json: globals.json,
          what: 'departments',
          columns: ['departmentid', 'name', 'city', 'state', 'phone'],
        }),
      ),
    );

  program
    .command('providers')
    .description("The practice's providers")
    .command('list')
    .description('List providers')
    .option('--limit <n>', 'show at most this many', positiveInteger(100_000), 100)
    .action((options: { limit: number }, command: Command) =>
      withClient(command, (athena, globals) =>
        printList(athena.providers.listProviders({ limit: Math.min(options.limit, 5000) }), {
          limit: options.limit,
          json: globals.json,
          what: 'providers',
          columns: ['providerid', 'displayname', 'providertype', 'specialty', 'npi'],
        }),
      ),
    );
}
