import { Command, Option } from "commander";
import type { Compound } from "../../compound/compound.js";
import type { TermEvidence } from "../../report/document-output.js";
import type { Row } from "../../report/row.js";
import type { TermScoreName } from "../../terms/rank-terms.js";
import type { ConceptMention } from "../../terms/suggest-terms.js";
import type { CommandHost } from "../command-host.js";
import { runReport } from "../run-report.js";
import { addSharedOptions, parseCount, resolveRunOptions } from "../run-options.js";

const COLUMNS = ["rank", "term", "score", "frequency", "documents", "concept"];

const EXAMPLES = `
Examples:
  $ kouka terms --top 20 corpus/                  the 20 most important compound terms (FLR)
  $ kouka terms --score cvalue --min-frequency 2 corpus/
  $ kouka terms --suggest corpus/                 terms near each concept's mentions, not yet in the dictionary`;

export function termsCommand(host: CommandHost): Command {
  const command = new Command("terms")
    .description("extract compound terms and rank them (TermExtract's FLR, C-value or TF-IDF)")
    .argument("[paths...]", "files, folders (.txt .md .html .jsonl .csv .tsv …) or - for standard input")
    .addOption(new Option("--score <name>", "ranking score").choices(["flr", "cvalue", "tfidf"]).default("flr"))
    .option("--top <n>", "only the first N terms (per concept with --suggest)")
    .option("--min-frequency <n>", "only terms seen at least N times", "1")
    .option("--suggest", "candidates for the dictionary: terms sharing sentences with a concept's mentions", false)
    .addHelpText("after", EXAMPLES);
  return addSharedOptions(command).action(async (paths: string[], raw: Record<string, unknown>) => {
    const options = resolveRunOptions(raw);
    const top = raw["top"] === undefined ? undefined : parseCount("--top", raw["top"], 0, 1);
    const minFrequency = parseCount("--min-frequency", raw["minFrequency"], 1, 1);
    const evidence: TermEvidence[] = [];
    // Loaded here, not at start-up: natural's TF-IDF (with underscore) is only for this command.
    const [{ rankTerms }, { suggestTerms }] = await Promise.all([import("../../terms/rank-terms.js"), import("../../terms/suggest-terms.js")]);
    host.exitCode = await runReport(
      paths,
      options,
      {
        task: { command: "terms" },
        columns: () => COLUMNS,
        rows: (output) => {
          if (output.command === "terms") evidence.push(output.terms);
          return [];
        },
        finish: (resources) => {
          const corpus: Compound[][] = evidence.map((e) => [...e.compounds]);
          const conceptOf = new Map<string, string>();
          evidence.forEach((e) => e.compounds.forEach((c, i) => e.concepts[i] && conceptOf.set(c.text, e.concepts[i]!)));
          const rows = raw["suggest"]
            ? suggestTerms(corpus, evidence.map((e): ConceptMention[] => [...e.mentions]), {
                isDictionaryTerm: (text) => conceptOf.has(text),
                concepts: resources.dictionary.concepts.map((c) => c.id),
                ...(top === undefined ? {} : { top }),
              })
            : rankTerms(corpus, {
                score: raw["score"] as TermScoreName,
                minFrequency,
                conceptOf: (term) => conceptOf.get(term),
                ...(top === undefined ? {} : { top }),
              });
          return rows as unknown as Row[];
        },
      },
      host.io,
    );
  });
}
