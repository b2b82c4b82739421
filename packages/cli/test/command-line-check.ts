/**
 * Checks that a command line written in a hint or a help example names a real command of the
 * program, with options that command (or the program) really has, and arguments among their
 * choices when they have some. Other values are not checked: they are placeholders (NAME,
 * FILE, ${name}) as often as real values.
 */
import type { Command, Option } from 'commander';

function findOption(chain: Command[], flag: string): Option | undefined {
  for (const command of chain) {
    const found = command.options.find((option) => option.long === flag || option.short === flag);
    if (found) return found;
  }
  return undefined;
}

/** Undefined when `line` (`athena …`) is a real command; else what is wrong with it. */
export function checkCommandLine(program: Command, line: string): string | undefined {
  // A shell pipe or redirection ends the athena part.
  const words = line.split(/\s+[|<>]/)[0]!.trim().split(/\s+/);
  if (words[0] !== 'athena') return `does not start with athena: ${line}`;
  const chain: Command[] = [program];
  let positional = 0;
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    const current = chain[0]!;
    if (word === '--help' || word === '-h') continue;
    if (word.startsWith('-')) {
      const [flag] = word.split('=');
      const option = findOption(chain, flag!);
      if (!option) return `'${flag}' is not an option of '${current.name()}': ${line}`;
      if ((option.required || option.optional) && !word.includes('=')) i++;
      continue;
    }
    if (current.commands.length > 0) {
      const sub = current.commands.find((c) => c.name() === word || c.aliases().includes(word));
      if (!sub) return `'${word}' is not a subcommand of '${current.name()}': ${line}`;
      chain.unshift(sub);
      continue;
    }
    const argument = current.registeredArguments[positional++];
    if (argument?.argChoices && !argument.argChoices.includes(word)) return `'${word}' is not one of ${argument.argChoices.join(', ')}: ${line}`;
  }
  if (chain[0]!.commands.length > 0 && chain[0] !== program) return `'${chain[0]!.name()}' needs a subcommand: ${line}`;
  return undefined;
}

/** Every command of the program, the program first. */
export function allCommands(program: Command): Command[] {
  const found: Command[] = [];
  const visit = (command: Command) => {
    found.push(command);
    command.commands.forEach(visit);
  };
  visit(program);
  return found;
}

/** The help a user sees for `command`, with the text added after it. */
export function helpOf(command: Command): string {
  let text = '';
  command.configureOutput({ writeOut: (s) => (text += s), writeErr: (s) => (text += s) });
  command.outputHelp();
  return text;
}

/** The `athena …` lines of a help's examples (after `Example:` / `Examples:`), comments cut. */
export function exampleLines(help: string): string[] {
  const at = help.search(/^Examples?:/m);
  if (at < 0) return [];
  return help
    .slice(at)
    .split('\n')
    .map((line) => line.replace(/^Examples?:/, '').replace(/\s+#.*$/, '').trim())
    .filter((line) => line.startsWith('athena ') || line.includes('athena completion'))
    .map((line) => line.slice(line.indexOf('athena ')).replace(/\)$/, ''));
}
