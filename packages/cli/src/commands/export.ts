/** `athena export <list> --out FILE`: a paged list as NDJSON, resumable. */
import { Argument, type Command } from 'commander';
import { CliError } from '../exit-codes.js';
import { checkDateOfBirth, positiveInteger, withClient } from '../command-kit.js';
import { runExport } from '../export/run-export.js';
import { exportSources, type ExportParams } from '../export/sources.js';
import { exportToStdout } from '../export/to-stdout.js';

/** Every filter flag of any list, to refuse one the chosen list does not take. */
const ALL_FILTERS = [...new Set(Object.values(exportSources).flatMap((source) => Object.keys(source.filters)))];

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
    // Choices: commander refuses another list, and completion offers these.
    .addArgument(new Argument('<list>', 'the list to export').choices(Object.keys(exportSources)))
    .requiredOption('--out <file>', "NDJSON file to write (written as <file>.partial until complete); '-' writes to stdout (no resume)")
    .option('--department <id>', 'patients: registration department')
    .option('--lastname <name>', 'patients: last name')
    .option('--firstname <name>', 'patients: first name')
    .option('--dob <YYYY-MM-DD>', 'patients: date of birth')
    .option('--page-size <n>', 'records per request (athena allows up to 5000)', positiveInteger(5000), 500)
    .option('--force', 'overwrite a complete output file')
    .option('--restart', 'discard a partial export of this file and start over')
    .addHelpText(
      'after',
      '\nExamples:\n  athena export patients --department 1 --out patients.ndjson\n  athena export providers --out - | jq -r .displayname',
    )
    .action((listName: string, options: ExportCommandOptions, command: Command) => {
      const source = exportSources[listName];
      if (!source) throw new CliError(`Unknown list '${listName}': choose one of ${Object.keys(exportSources).join(', ')}.`);
      const unsupported = ALL_FILTERS.filter((flag) => options[flag] !== undefined && !(flag in source.filters));
      if (unsupported.length > 0) {
        const supported = Object.keys(source.filters).map((f) => `--${f}`);
        const takes = supported.length > 0 ? `it takes only ${supported.join(', ')}` : 'it takes no filter';
        const flags = unsupported.map((f) => `--${f}`).join(', ');
        throw new CliError(`${flags} ${unsupported.length === 1 ? 'does' : 'do'} not filter ${source.name}: ${takes}.`);
      }
      checkDateOfBirth(options.dob as string | undefined);
      const params: ExportParams = {};
      for (const [flag, param] of Object.entries(source.filters)) {
        const value = options[flag];
        if (typeof value === 'string') params[param] = value;
      }
      if (source.needsOneOf && !source.needsOneOf.some((flag) => typeof options[flag] === 'string')) {
        throw new CliError(`Exporting ${source.name} needs one of ${source.needsOneOf.map((f) => `--${f}`).join(', ')}.`);
      }
      if (options.out === '-' && (options.force || options.restart)) throw new CliError('--force and --restart apply to a file; --out - writes to stdout.');
      const controller = new AbortController();
      const stop = () => controller.abort();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      return withClient(command, (athena) =>
        options.out === '-' ? exportToStdout(athena, source, params, { pageSize: options.pageSize, signal: controller.signal }) : runExport(athena, source, params, {
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
