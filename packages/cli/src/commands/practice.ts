/** `athena practice info`. */
import type { Command } from 'commander';
import { withClient } from '../command-kit.js';
import { printRecord } from '../output.js';

export function registerPracticeCommands(program: Command): void {
  const practice = program.command('practice').description('The practice of the credentials').addHelpText('after', '\nExample: athena practice info');
  practice
    .command('info')
    .description("Show the practice's name and settings")
    .addHelpText('after', '\nExample: athena practice info --json')
    .action((_options: unknown, command: Command) =>
      withClient(command, async (athena, globals) => printRecord(await athena.practice.getPracticeInfo(), globals.json)),
    );
}
