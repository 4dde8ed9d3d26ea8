import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { expect } from "vitest";
import { ROOT, runKouka, STACK_TRACE, type KoukaResult, type RunOptions } from "../cli/run-kouka.js";
import { parseStrictCsv } from "../cli/strict-csv.js";

/*
 * The contract every run of the built CLI must keep, whatever it is handed (DESIGN.md
 * "Errors and exit codes", "Columns"), written once for the fuzz suite.
 */

/** How many cases each property tries: few, because each case spawns the CLI several times (2 cores). */
export const RUNS = Number(process.env["KOUKA_FUZZ_RUNS"] ?? 4);
/** Set KOUKA_FUZZ_SEED to replay a failure fast-check reported. */
export const SEED = process.env["KOUKA_FUZZ_SEED"] === undefined ? undefined : Number(process.env["KOUKA_FUZZ_SEED"]);
export const fcOptions = { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }), endOnFailure: true };

/** The default dictionary's concept ids, read from the file itself, so the documented header follows it. */
export const DEFAULT_IDS: readonly string[] = (
  parse(readFileSync(path.join(ROOT, "dictionaries", "economies.yaml"), "utf8")) as { concepts: { id: string }[] }
).concepts.map((c) => c.id);

export const WIDE_HEADER = ["document", "chars", "tokens", "sentences", ...DEFAULT_IDS];
export const LONG_HEADER = ["document", "concept", "label", "count", "per_1k_tokens", "sentences_with", "variants"];
export const MENTIONS_HEADER = ["document", "line", "column", "concept", "term", "matched", "left", "right"];

/** A name as kouka's messages show it: line breaks and other controls escaped, so a message is one line. */
export function shown(name: string): string {
  return name.replace(/[\u0000-\u0008\u000a-\u001f\u007f\u0085\u2028\u2029]/g, (ch) =>
    ch === "\n" ? "\\n" : ch === "\r" ? "\\r" : `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** Exit code in {0, 1, 2}, no stack trace, and every stderr line in kouka's one shape. */
export function expectSane(r: KoukaResult, what: string): string[] {
  const context = `${what}\n--- stderr ---\n${r.stderr}`;
  expect(r.signal, context).toBeNull();
  expect([0, 1, 2], context).toContain(r.code);
  expect(r.stderr, context).not.toMatch(STACK_TRACE);
  expect(r.stderr, context).not.toMatch(/Maximum call stack|EISDIR|heap out of memory/);
  const lines = r.stderr.split("\n");
  expect(lines.at(-1), "stderr ends with a newline").toBe("");
  const messages = lines.slice(0, -1).filter((l) => !l.startsWith("(Did you mean"));
  for (const line of messages) {
    expect(line, context).toMatch(/^kouka: \S.*: \S/);
    expect(line, context).not.toMatch(/^kouka: kouka: /);
  }
  return messages;
}

/** stdout as a strict RFC 4180 table whose first row is `header`; the data rows as objects. */
export function parseReport(stdout: string, header: readonly string[], what: string): Record<string, string>[] {
  let table: string[][];
  try {
    table = parseStrictCsv(stdout);
  } catch (e) {
    throw new Error(`${what}: stdout is not strict CSV: ${(e as Error).message}\n${JSON.stringify(stdout.slice(0, 2000))}`);
  }
  expect(table[0], `${what}: header`).toEqual(header);
  for (const row of table.slice(1)) expect(row.length, `${what}: cells in ${JSON.stringify(row)}`).toBe(header.length);
  return table.slice(1).map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]!])));
}

/** Runs the same command twice (second time with --jobs 2): byte-identical stdout, same stderr and exit code. */
export function runTwice(args: readonly string[], options: RunOptions, what: string): KoukaResult {
  const first = runKouka([...args, "-j", "1"], options);
  const second = runKouka([...args, "-j", "2"], options);
  expect(second.code, `${what}: exit code on a second run`).toBe(first.code);
  expect(second.stdoutBytes.equals(first.stdoutBytes), `${what}: identical stdout on a second run`).toBe(true);
  expect(second.stderr, `${what}: identical stderr on a second run`).toBe(first.stderr);
  return first;
}

/**
 * analyze, `analyze --long` and `mentions` over the same inputs agree: per document and concept,
 * the wide count = the long count = the number of mention rows; and they name the same documents
 * and report the same errors.
 */
export function expectCommandsAgree(inputs: readonly string[], options: RunOptions, what: string): Record<string, string>[] {
  const wide = runTwice(["analyze", ...inputs], options, `${what}: analyze`);
  const long = runKouka(["analyze", "--long", ...inputs], options);
  const mentions = runKouka(["mentions", ...inputs], options);
  expectSane(wide, `${what}: analyze`);
  expectSane(long, `${what}: analyze --long`);
  expectSane(mentions, `${what}: mentions`);
  expect([long.code, mentions.code], `${what}: exit codes agree`).toEqual([wide.code, wide.code]);
  expect(long.stderr, `${what}: --long reports the same errors`).toBe(wide.stderr);
  expect(mentions.stderr, `${what}: mentions reports the same errors`).toBe(wide.stderr);

  const wideRows = parseReport(wide.stdout, WIDE_HEADER, `${what}: analyze`);
  const longRows = parseReport(long.stdout, LONG_HEADER, `${what}: analyze --long`);
  const mentionRows = parseReport(mentions.stdout, MENTIONS_HEADER, `${what}: mentions`);
  // Documents may repeat (JSONL ids), so rows are compared in order, document by document.
  expect(longRows.length, `${what}: one --long row per document and concept`).toBe(wideRows.length * DEFAULT_IDS.length);
  const mentionCounts = new Map<string, number>();
  for (const m of mentionRows) mentionCounts.set(`${m["document"]}\u0000${m["concept"]}`, (mentionCounts.get(`${m["document"]}\u0000${m["concept"]}`) ?? 0) + 1);
  const wideTotals = new Map<string, number>();
  wideRows.forEach((row, i) => {
    DEFAULT_IDS.forEach((id, k) => {
      const longRow = longRows[i * DEFAULT_IDS.length + k]!;
      expect([longRow["document"], longRow["concept"], longRow["count"]], `${what}: --long agrees with analyze`).toEqual([row["document"], id, row[id]]);
      const key = `${row["document"]}\u0000${id}`;
      wideTotals.set(key, (wideTotals.get(key) ?? 0) + Number(row[id]));
    });
  });
  for (const [key, n] of mentionCounts) expect(wideTotals.get(key), `${what}: mention rows of ${JSON.stringify(key)}`).toBe(n);
  for (const [key, n] of wideTotals) expect(mentionCounts.get(key) ?? 0, `${what}: count of ${JSON.stringify(key)}`).toBe(n);
  return wideRows;
}

/** Each input is named exactly once: a row whose document is its name, or a stderr message naming it. */
export function expectOneEach(names: readonly string[], rows: readonly Record<string, string>[], allMessages: readonly string[], what: string): void {
  // A folder scan's one line on what it left out (other extensions, linked folders) names no input.
  const messages = allMessages.filter((m) => !/^kouka: [^\n]+: skipped \d+ /.test(m));
  for (const name of names) {
    const rowCount = rows.filter((r) => r["document"] === name).length;
    const messageCount = messages.filter((m) => m.startsWith(`kouka: ${shown(name)}: `)).length;
    expect(rowCount + messageCount, `${what}: ${JSON.stringify(name)} has ${rowCount} rows and ${messageCount} messages`).toBe(1);
  }
  expect(rows.length + messages.length, `${what}: nothing but these inputs is reported`).toBe(names.length);
}
