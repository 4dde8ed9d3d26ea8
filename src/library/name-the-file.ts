import { KoukaError } from "../errors.js";

/**
 * The library's errors carry their file in the message itself (`x.yaml:3: unknown key`),
 * as a program that prints `error.message` shows it; `code` and `where` stay as they were.
 * The CLI prints `describe()`, which is the same text.
 */
export function nameTheFile(e: unknown): unknown {
  if (!(e instanceof KoukaError) || e.where === "" || e.message.startsWith(`${e.where}: `)) return e;
  const named = new KoukaError(e.code, e.where, e.describe());
  named.cause = e;
  return named;
}
