/**
 * What shell completion needs from the commander program: every command path with its
 * subcommands, options and argument choices. Read from the program itself, so a new
 * command or option completes without touching the scripts.
 */
import type { Command } from 'commander';

export interface CompletionWord {
  word: string;
  description: string;
}

export interface CompletionNode {
  /** Words after `athena`, e.g. `['auth', 'check']`; `[]` for the top level. */
  path: string[];
  /** Subcommand names and argument choices, with descriptions. */
  words: CompletionWord[];
  /** Long and short flags, with descriptions; the global ones included. */
  options: (CompletionWord & { takesValue: boolean })[];
}

/** The long flag of each option (the short one when it has no long one). */
function optionsOf(command: Command): CompletionNode['options'] {
  return command.options
    .filter((option) => !option.hidden)
    .flatMap((option) => {
      const flag = option.long ?? option.short;
      return flag ? [{ word: flag, description: option.description, takesValue: option.required || option.optional }] : [];
    });
}

/** Every command path of `program`, the top level first. */
export function completionTree(program: Command): CompletionNode[] {
  // --version means something at the top level only; the others apply after any subcommand too.
  const globals = optionsOf(program).filter((option) => option.word !== '--version');
  const help = { word: '--help', description: 'show help', takesValue: false };
  const nodes: CompletionNode[] = [];
  const visit = (command: Command, path: string[]) => {
    const words = command.commands.map((sub) => ({ word: sub.name(), description: sub.description() }));
    for (const argument of command.registeredArguments) {
      for (const choice of argument.argChoices ?? []) words.push({ word: choice, description: argument.description });
    }
    const own = command === program ? optionsOf(program).filter((option) => option.word === '--version') : optionsOf(command);
    nodes.push({ path, words, options: [...own, ...globals, help] });
    for (const sub of command.commands) visit(sub, [...path, sub.name()]);
  };
  visit(program, []);
  return nodes;
}
