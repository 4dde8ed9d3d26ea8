import type { Command } from "commander";
import { INPUT_ENCODINGS } from "../input/decode-bytes.js";

/*
 * Shell completion scripts, made from the commander program itself, so every command and
 * option kouka has (and only those) completes, whoever adds one.
 */

export const SHELLS = ["bash", "zsh", "fish"] as const;
export type Shell = (typeof SHELLS)[number];

/** One option as completion sees it. */
interface OptionSpec {
  readonly flags: readonly string[];
  readonly description: string;
  /** Whether a value follows it; its choices, when fixed; whether the value is a file. */
  readonly takesValue: boolean;
  readonly choices: readonly string[];
  readonly file: boolean;
}

/** One command: its path from the root ("" for kouka itself, "dict check"), options and subcommands. */
interface CommandSpec {
  readonly path: string;
  readonly description: string;
  readonly options: readonly OptionSpec[];
  readonly subcommands: readonly string[];
  /** The fixed choices of its first argument (completion's shells); otherwise it reads paths. */
  readonly argChoices: readonly string[];
}

function describeCommands(root: Command): CommandSpec[] {
  const out: CommandSpec[] = [];
  const walk = (command: Command, path: string): void => {
    const options: OptionSpec[] = command.options.map((o) => ({
      flags: [o.short, o.long].filter((f): f is string => f !== undefined),
      description: o.description,
      takesValue: o.required || o.optional,
      // --encoding takes aliases too (so it has no fixed choices), but completes to the canonical names.
      choices: o.argChoices ?? (o.long === "--encoding" ? INPUT_ENCODINGS : []),
      file: /<(file|path|dir)[^>]*>/.test(o.flags),
    }));
    options.push({ flags: ["-h", "--help"], description: "display help for command", takesValue: false, choices: [], file: false });
    const subs = command.commands.filter((c) => c.name() !== "help");
    const argChoices = command.registeredArguments[0]?.argChoices ?? [];
    out.push({ path, description: command.description(), options, subcommands: subs.map((c) => c.name()), argChoices });
    for (const sub of subs) walk(sub, path ? `${path} ${sub.name()}` : sub.name());
  };
  walk(root, "");
  return out;
}

/** The completion script for `shell`, for the program `root` (named by root.name()). */
export function completionScript(shell: Shell, root: Command): string {
  const commands = describeCommands(root);
  return shell === "fish" ? fishScript(root.name(), commands) : bashScript(root.name(), commands, shell === "zsh");
}

const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

function bashScript(name: string, commands: readonly CommandSpec[], forZsh: boolean): string {
  const fn = `_${name.replace(/[^A-Za-z0-9_]/g, "_")}_complete`;
  const steps = commands.flatMap((c) => c.subcommands.map((s) => `      ${quote(`${c.path}:${s}`)}) path=${quote(c.path ? `${c.path} ${s}` : s)} ;;`));
  const valued = commands.flatMap((c) => c.options.filter((o) => o.takesValue).flatMap((o) => o.flags.map((f) => quote(`${c.path}:${f}`))));
  const values = commands.flatMap((c) =>
    c.options
      .filter((o) => o.takesValue)
      .map((o) => {
        const reply = o.choices.length > 0 ? `$(compgen -W ${quote(o.choices.join(" "))} -- "$cur")` : o.file ? `$(compgen -f -- "$cur")` : "";
        return `    ${o.flags.map((f) => quote(`${c.path}:${f}`)).join("|")}) COMPREPLY=(${reply}); return ;;`;
      }),
  );
  const words = commands.map((c) => {
    const options = c.options.flatMap((o) => o.flags).join(" ");
    return `    ${quote(c.path)}) subs=${quote([...c.subcommands, ...c.argChoices].join(" "))}; opts=${quote(options)} ;;`;
  });
  const lines = [
    `# ${name} completion for ${forZsh ? "zsh" : "bash"}: eval "$(${name} completion ${forZsh ? "zsh" : "bash"})" in your ${forZsh ? "~/.zshrc" : "~/.bashrc"}`,
    ...(forZsh ? ["(( $+functions[compdef] )) || { autoload -U +X compinit && compinit; }", "autoload -U +X bashcompinit && bashcompinit"] : []),
    `${fn}() {`,
    `  local cur=\${COMP_WORDS[COMP_CWORD]} prev=\${COMP_WORDS[COMP_CWORD-1]} path= subs= opts= i`,
    `  for ((i = 1; i < COMP_CWORD; i++)); do`,
    `    case "$path:\${COMP_WORDS[i]}" in`,
    ...steps,
    ...(valued.length > 0 ? [`      ${valued.join("|")}) ((i++)) ;;`] : []),
    `    esac`,
    `  done`,
    `  case "$path:$prev" in`,
    ...values,
    `  esac`,
    `  case "$path" in`,
    ...words,
    `  esac`,
    `  if [[ $cur == -* ]]; then`,
    `    COMPREPLY=($(compgen -W "$opts" -- "$cur"))`,
    `  elif [[ -n $subs ]]; then`,
    `    COMPREPLY=($(compgen -W "$subs" -- "$cur"))`,
    `  else`,
    `    COMPREPLY=($(compgen -f -- "$cur"))`,
    `  fi`,
    `}`,
    `complete -o filenames -F ${fn} ${name}`,
  ];
  return `${lines.join("\n")}\n`;
}

function fishScript(name: string, commands: readonly CommandSpec[]): string {
  const fishQuote = (s: string): string => `'${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
  /** The condition under which `c`'s words complete: its path typed, and none of its subcommands yet. */
  const when = (c: CommandSpec): string => {
    const parts = c.path === "" ? ["__fish_use_subcommand"] : c.path.split(" ").map((p) => `__fish_seen_subcommand_from ${p}`);
    if (c.path !== "" && c.subcommands.length > 0) parts.push(`not __fish_seen_subcommand_from ${c.subcommands.join(" ")}`);
    return fishQuote(parts.join("; and "));
  };
  const lines = [`# ${name} completion for fish: ${name} completion fish > ~/.config/fish/completions/${name}.fish`, `complete -c ${name} -f`];
  for (const c of commands) {
    for (const sub of c.subcommands) {
      const description = commands.find((d) => d.path === (c.path ? `${c.path} ${sub}` : sub))?.description ?? "";
      lines.push(`complete -c ${name} -n ${when(c)} -a ${fishQuote(sub)} -d ${fishQuote(description)}`);
    }
    for (const o of c.options) {
      const flags = o.flags.map((f) => (f.startsWith("--") ? `-l ${f.slice(2)}` : `-s ${f.slice(1)}`)).join(" ");
      const value = !o.takesValue ? "" : o.choices.length > 0 ? ` -x -a ${fishQuote(o.choices.join(" "))}` : o.file ? " -r -F" : " -x";
      lines.push(`complete -c ${name} -n ${when(c)} ${flags}${value} -d ${fishQuote(o.description)}`);
    }
    // A command without subcommands reads paths, or one of its argument's choices.
    if (c.path !== "" && c.subcommands.length === 0) {
      lines.push(`complete -c ${name} -n ${when(c)} ${c.argChoices.length > 0 ? `-a ${fishQuote(c.argChoices.join(" "))}` : "-F"}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
