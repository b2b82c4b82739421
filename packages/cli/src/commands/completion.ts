/** `athena completion bash|zsh|fish`: prints a completion script built from the program's own commands. */
import { Argument, type Command } from 'commander';
import { completionTree } from '../completion/command-tree.js';
import { completionScript, SHELLS, type Shell } from '../completion/scripts.js';

export function registerCompletionCommand(program: Command): void {
  program
    .command('completion')
    .description('Print a shell completion script for athena')
    .addArgument(new Argument('<shell>', 'the shell').choices(SHELLS))
    .addHelpText(
      'after',
      '\nExamples:\n  source <(athena completion bash)      # in ~/.bashrc\n  source <(athena completion zsh)       # in ~/.zshrc, after compinit\n  athena completion fish > ~/.config/fish/completions/athena.fish',
    )
    .action((shell: Shell) => {
      process.stdout.write(completionScript(shell, completionTree(program)));
    });
}
