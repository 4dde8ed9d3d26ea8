import type { Grammar } from "../grammar/load-grammar.js";
import { roleOf, type TokenRole } from "../grammar/token-role.js";
import type { Token } from "../token.js";
import type { Compound } from "./compound.js";

/**
 * Compound-noun units in the spirit of TermExtract: runs of nouns, with suffixes
 * joining a noun before them and prefixes a noun after them. Numbers, symbols,
 * particles and adjectival suffixes (的) break a run; stop words are trimmed at the
 * edges. `spans` (token ranges of concept mentions such as 規模の経済) are kept as units
 * even though の would break them.
 */
export function extractCompounds(tokens: readonly Token[], grammar: Grammar, spans: readonly { from: number; to: number }[] = []): Compound[] {
  // Each token's role, read once: the run, trim and text steps all ask for it.
  const roles = tokens.map((t) => roleOf(t, grammar));
  const runs: [number, number][] = [];
  let start = -1;
  const close = (end: number): void => {
    if (start >= 0) runs.push([start, end]);
    start = -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const role = roles[i]!;
    const sameSentence = start >= 0 && tokens[start]!.sentence === token.sentence;
    if (role === "noun" || (role === "suffix" && sameSentence)) {
      if (!sameSentence) close(i);
      if (start < 0) start = i;
    } else if (role === "prefix") {
      close(i);
      start = i;
    } else {
      close(i);
    }
  }
  close(tokens.length);
  return mergeSpans(runs, spans)
    .map(([from, to]) => trim(tokens, roles, from, to, grammar))
    .filter((r): r is [number, number] => r !== undefined)
    .map(([from, to]) => toCompound(tokens, roles, from, to));
}

/** Runs never overlap each other, so any overlap involves a span: merge it into one unit. */
function mergeSpans(runs: [number, number][], spans: readonly { from: number; to: number }[]): [number, number][] {
  if (spans.length === 0) return runs;
  const all = [...runs, ...spans.map((s): [number, number] => [s.from, s.to])].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: [number, number][] = [];
  for (const r of all) {
    const last = out[out.length - 1];
    if (last && r[0] < last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** Drops prefixes that end a run, suffixes that start one, and stop words at either edge. */
function trim(tokens: readonly Token[], roles: readonly TokenRole[], from: number, to: number, grammar: Grammar): [number, number] | undefined {
  const weakStart = (i: number): boolean => grammar.stopWords.has(tokens[i]!.surface) || roles[i] === "suffix";
  const weakEnd = (i: number): boolean => grammar.stopWords.has(tokens[i]!.surface) || roles[i] === "prefix";
  while (from < to && weakStart(from)) from++;
  while (to > from && weakEnd(to - 1)) to--;
  return to > from ? [from, to] : undefined;
}

function toCompound(tokens: readonly Token[], roles: readonly TokenRole[], from: number, to: number): Compound {
  const parts: string[] = [];
  let text = "";
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    const latin = /^[\p{Script=Latin}\d]/u.test(t.surface) && /[\p{Script=Latin}\d]$/u.test(text);
    text += (latin ? " " : "") + t.surface;
    const role = roles[i]!;
    if (role === "noun") parts.push(t.surface);
    else if (parts.length > 0 && role === "suffix") parts[parts.length - 1] += t.surface;
    else if (role === "suffix" || role === "prefix") parts.push(t.surface);
  }
  const tags: string[] = [];
  for (let i = from; i < to; i++) tags.push(posPath(tokens[i]!));
  const after = tokens[to];
  const next = after !== undefined && after.sentence === tokens[from]!.sentence ? `${posPath(after)}:${after.surface}` : "";
  return { from, to, text, parts: parts.length > 0 ? parts : [text], sentence: tokens[from]!.sentence, tags, next };
}

// A handful of distinct paths occur: one shared string each, found without building a key,
// keeps a big document's units small and cheap to make.
const PATHS = new Map<string, Map<string, Map<string, Map<string, string>>>>();

function posPath(t: Token): string {
  const level = <V>(map: Map<string, V>, key: string, make: () => V): V => {
    let found = map.get(key);
    if (found === undefined) {
      found = make();
      map.set(key, found);
    }
    return found;
  };
  const byDetail3 = level(level(level(PATHS, t.pos, () => new Map()), t.posDetail1, () => new Map()), t.posDetail2, () => new Map<string, string>());
  return level(byDetail3, t.posDetail3, () => `${t.pos},${t.posDetail1},${t.posDetail2},${t.posDetail3}`);
}
