import type { DataProblem } from "../data/data-problem.js";
import { mappingEntries, readYaml, stringList } from "../data/read-yaml.js";
import type { ClutterRules } from "./clean-clutter.js";

/** Parses dictionaries/clutter.yaml, compiling each pattern and reporting bad ones by line. */
export function parseClutterRules(source: string, file: string): { rules?: ClutterRules; problems: DataProblem[] } {
  const { data, problems } = readYaml(source, file);
  if (problems.length > 0) return { problems };
  const top = mappingEntries(data, data.root, ["lines", "teasers", "trailers"], "the clutter file", problems);
  const compile = (key: string): RegExp[] =>
    (top?.has(key) ? stringList(data, top.get(key), key, problems) : []).flatMap(({ value, line }) => {
      try {
        return [new RegExp(value, "u")];
      } catch (e) {
        problems.push({ file, line, message: `bad pattern: ${(e as Error).message}` });
        return [];
      }
    });
  const rules = { lines: compile("lines"), teasers: compile("teasers"), trailers: compile("trailers") };
  return problems.length > 0 ? { problems } : { rules, problems };
}
