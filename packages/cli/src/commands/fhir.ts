/** `athena fhir export --out DIR`: a FHIR bulk export into one NDJSON file per type, resumable. */
import type { Command } from 'commander';
import { withClient } from '../command-kit.js';
import { CliError } from '../exit-codes.js';
import { runFhirExport } from '../fhir-export/run-fhir-export.js';
import type { FhirExportArgs } from '../fhir-export/state.js';

interface FhirExportCommandOptions {
  out: string;
  group?: string;
  patient?: boolean;
  type?: string;
  since?: string;
  typeFilter?: string[];
  force?: boolean;
  restart?: boolean;
}

export function registerFhirCommands(program: Command): void {
  const fhir = program
    .command('fhir')
    .description("athena's FHIR R4 server")
    .addHelpText('after', '\nExample: athena fhir export --group a-195900.group-all --type Patient,Condition --out export/');
  fhir
    .command('export')
    .description('FHIR bulk export ($export) into DIR, one NDJSON file per resource type; rerun to resume after an interruption')
    .requiredOption('--out <dir>', 'directory for <Type>.ndjson files (created if missing) and the resume state')
    .option('--group <id>', 'export the members of this FHIR Group (Group/{id}/$export)')
    .option('--patient', 'export every patient (Patient/$export); without --group or --patient, a system export')
    .option('--type <types>', 'resource types, comma-separated, e.g. Patient,Condition')
    .option('--since <date>', 'only resources changed since this date (YYYY-MM-DD, midnight UTC) or instant')
    .option('--type-filter <query>', 'a FHIR query such as Observation?category=laboratory (repeatable)', (value: string, list: string[] = []) => [...list, value])
    .option('--force', 'write into a directory that already holds NDJSON files (they are replaced)')
    .option('--restart', 'discard a partial export in DIR and start over')
    .addHelpText('after', '\nExamples:\n  athena fhir export --group a-195900.group-all --type Patient,Condition --since 2026-01-01 --out export/')
    .action((options: FhirExportCommandOptions, command: Command) => {
      if (options.group !== undefined && options.patient) throw new CliError('Give --group or --patient, not both.');
      const args: FhirExportArgs = {};
      if (options.group !== undefined) args.group = options.group;
      if (options.patient) args.patient = true;
      if (options.type !== undefined) args.types = options.type.split(',').map((t) => t.trim()).filter((t) => t !== '');
      if (options.since !== undefined) args.since = options.since;
      if (options.typeFilter !== undefined) args.typeFilters = options.typeFilter;
      const controller = new AbortController();
      const stop = () => controller.abort();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      return withClient(command, (athena) =>
        runFhirExport(athena, args, { out: options.out, force: options.force === true, restart: options.restart === true, signal: controller.signal }),
      ).finally(() => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
      });
    });
}
