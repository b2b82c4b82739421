/** `athena export <list> --out FILE`: a paged list as NDJSON, resumable. */
import type { Command } from 'commander';
import { CliError } from '../exit-codes.js';
import { checkDateOfBirth, positiveInteger, withClient } from '../command-kit.js';
import { runExport } from '../export/run-export.js';
import { exportSources, type ExportParams } from '../export/sources.js';

interface ExportCommandOptions {
  out: string;
  pageSize: number;
  force?: boolean;
  restart?: boolean;
  [filter: string]: unknown;
}

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description(`Write every record of a list to NDJSON, page by page; rerun to resume after an interruption`)
    .argument('<list>', Object.keys(exportSources).join(', '))
    .requiredOption('--out <file>', 'NDJSON file to write (written as <file>.partial until complete)')
    .option('--department <id>', 'patients: registration department')
    .option('--lastname <name>', 'patients: last name')
    .option('--firstname <name>', 'patients: first name')
    .option('--dob <YYYY-MM-DD>', 'patients: date of birth')
    .option('--page-size <n>', 'records per request (athena allows up to 5000)', positiveInteger(5000), 500)
    .option('--force', 'overwrite a complete output file')
    .option('--restart', 'discard a partial export of this file and start over')
    .action((listName: string, options: ExportCommandOptions, command: Command) => {
      const source = exportSources[listName];
      if (!source) throw new CliError(`Unknown list '${listName}': choose one of ${Object.keys(exportSources).join(', ')}.`);
      checkDateOfBirth(options.dob as string | undefined);
      const params: ExportParams = {};
      for (const [flag, param] of Object.entries(source.filters)) {
        const value = options[flag];
        if (typeof value === 'string') params[param] = value;
      }
      if (source.needsOneOf && !source.needsOneOf.some((flag) => typeof options[flag] === 'string')) {
        throw new CliError(`Exporting ${source.name} needs one of ${source.needsOneOf.map((f) => `--${f}`).join(', ')}.`);
      }
      const controller = new AbortController();
      const stop = () => controller.abort();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      return withClient(command, (athena) =>
        runExport(athena, source, params, {
          out: options.out,
          pageSize: options.pageSize,
          force: options.force === true,
          restart: options.restart === true,
          signal: controller.signal,
        }),
      ).finally(() => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
      });
    });
}
