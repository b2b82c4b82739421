/**
 * Completion scripts for bash, zsh and fish, generated from the command tree. Each finds
 * the command path typed so far (the words that name known commands, options skipped)
 * and offers that path's subcommands, argument choices and options.
 */
import type { CompletionNode } from './command-tree.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/** The path as the scripts key it: `''`, `' auth'`, `' auth check'`. */
const key = (node: CompletionNode) => node.path.map((word) => ` ${word}`).join('');
/** Single-quoted for all three shells' purposes ('' inside is closed, escaped, reopened). */
const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
const fishQuote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function bash(nodes: CompletionNode[]): string {
  const paths = nodes.filter((n) => n.path.length > 0).map((n) => quote(key(n))).join('|');
  const cases = nodes.map((n) => `    ${quote(key(n))}) words=${quote([...n.words.map((w) => w.word), ...n.options.map((o) => o.word)].join(' '))} ;;`);
  return `# bash completion for athena: source <(athena completion bash), or save it in
# ~/.local/share/bash-completion/completions/athena
_athena_completion() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" cmdpath="" word words="" i
  for ((i = 1; i < COMP_CWORD; i++)); do
    word="\${COMP_WORDS[i]}"
    case "$word" in -*) continue ;; esac
    case "$cmdpath $word" in
      ${paths}) cmdpath="$cmdpath $word" ;;
    esac
  done
  case "$cmdpath" in
${cases.join('\n')}
  esac
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
}
complete -o default -F _athena_completion athena
`;
}

function zsh(nodes: CompletionNode[]): string {
  const paths = nodes.filter((n) => n.path.length > 0).map((n) => quote(key(n))).join('|');
  const entry = (w: { word: string; description: string }) => quote(`${w.word.replace(/:/g, '\\:')}:${oneLine(w.description)}`);
  const cases = nodes.map((n) => `    (${quote(key(n))}) candidates=(${[...n.words, ...n.options].map(entry).join(' ')}) ;;`);
  return `#compdef athena
# zsh completion for athena: source <(athena completion zsh) after compinit, or save it
# as _athena in a folder of $fpath
_athena() {
  local cmdpath="" word i
  local -a candidates
  for ((i = 2; i < CURRENT; i++)); do
    word=\${words[i]}
    [[ $word == -* ]] && continue
    case "$cmdpath $word" in
      (${paths}) cmdpath="$cmdpath $word" ;;
    esac
  done
  case "$cmdpath" in
${cases.join('\n')}
  esac
  _describe -t commands 'athena' candidates
}
if [[ "\${funcstack[1]}" == "_athena" ]]; then
  _athena "$@"
else
  compdef _athena athena
fi
`;
}

function fish(nodes: CompletionNode[]): string {
  const paths = nodes.filter((n) => n.path.length > 0).map((n) => fishQuote(key(n))).join(' ');
  const lines: string[] = [];
  for (const node of nodes) {
    const when = `-n ${fishQuote(`__athena_at ${fishQuote(key(node))}`)}`;
    for (const w of node.words) lines.push(`complete -c athena ${when} -a ${fishQuote(w.word)} -d ${fishQuote(oneLine(w.description))}`);
    for (const o of node.options) {
      const flag = o.word.startsWith('--') ? `-l ${o.word.slice(2)}` : `-s ${o.word.slice(1)}`;
      lines.push(`complete -c athena ${when} ${flag}${o.takesValue ? ' -r' : ''} -d ${fishQuote(oneLine(o.description))}`);
    }
  }
  return `# fish completion for athena: athena completion fish > ~/.config/fish/completions/athena.fish
function __athena_at
    set -l cmdpath ''
    for word in (commandline -opc)[2..-1]
        string match -q -- '-*' $word; and continue
        if contains -- "$cmdpath $word" ${paths}
            set cmdpath "$cmdpath $word"
        end
    end
    test "$cmdpath" = "$argv[1]"
end
complete -c athena -f
${lines.join('\n')}
`;
}

export function completionScript(shell: Shell, nodes: CompletionNode[]): string {
  return { bash, zsh, fish }[shell](nodes);
}
