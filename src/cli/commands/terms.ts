import { existsSync } from "node:fs";
import { Command, Option } from "commander";
import type { Compound } from "../../compound/compound.js";
import { KoukaError } from "../../errors.js";
import type { TermEvidence } from "../../report/document-output.js";
import type { Row } from "../../report/row.js";
import type { TermScoreName } from "../../terms/rank-terms.js";
import type { ConceptMention, TermPlace } from "../../terms/suggest-terms.js";
import type { CommandHost } from "../command-host.js";
import { loadTermData, loadTermRules, type TermData } from "../load-term-data.js";
import { mergePartials } from "../merge-partials.js";
import { reductionSpec } from "../reduction-spec.js";
import { termsReduction } from "../report-reductions.js";
import { runReport } from "../run-report.js";
import { addSharedOptions, parseCount, resolveRunOptions } from "../run-options.js";

const COLUMNS = ["rank", "term", "score", "frequency", "documents", "concept"];
const SUGGEST_COLUMNS = [...COLUMNS, "near", "reason", "example"];

const EXAMPLES = `
Examples:
  $ kouka terms --top 20 corpus/                  the 20 most distinctive terms (keyness)
  $ kouka terms --rank cvalue --min-frequency 2 corpus/
  $ kouka terms --per-document --top 10 corpus/   each document's own top 10
  $ kouka terms --term-list my-lists.yaml corpus/ with your own stop: and keep: lists
  $ kouka terms --suggest network corpus/         candidates for a concept, with an example place
  $ kouka terms --from-partials --top 20 part-*.jsonl   the same over partials (kouka analyze -f partial)`;

export function termsCommand(host: CommandHost): Command {
  const command = new Command("terms")
    .description("extract compound terms and rank them (keyness against general Japanese, FLR, C-value or TF-IDF)")
    .argument("[paths...]", "files, folders (.txt .md .html .jsonl .csv .tsv …) or - for standard input; partials with --from-partials")
    .addOption(new Option("--rank <name>", "ranking").choices(["keyness", "flr", "cvalue", "tfidf"]).default("keyness"))
    .option("--top <n>", "only the first N terms (per document with --per-document, per concept with --suggest)")
    .option("--min-frequency <n>", "only terms seen at least N times", "1")
    .option("--per-document", "rank each document's terms on its own", false)
    .option("--term-list <file>", "YAML with stop: and keep: lists, added to dictionaries/terms.yaml (repeatable)", collect, [])
    .option("--suggest [concept]", "dictionary candidates near a concept's mentions or sharing its head (all concepts without an id; a value naming an existing file or folder is an input)")
    .option("--from-partials", "read partial results (kouka analyze -f partial) instead of documents", false)
    .addHelpText("after", EXAMPLES);
  return addSharedOptions(command, { partial: true }).action(async (paths: string[], raw: Record<string, unknown>) => {
    const options = resolveRunOptions(raw);
    if (options.countsOnly) throw new KoukaError("USAGE", "--counts-only", "a partial of terms is its term statistics: make counting partials with kouka analyze -f partial --counts-only");
    const overPartials = raw["fromPartials"] === true || options.format === "partial";
    // Suggestions carry evidence (a document:line:column and the words near it) that partials do not keep.
    if (overPartials && raw["suggest"] !== undefined) throw new KoukaError("USAGE", "--suggest", "needs the documents themselves (its evidence points into them): run it without --from-partials or -f partial");
    if (overPartials || (raw["suggest"] === undefined && raw["perDocument"] !== true)) {
      // The mergeable term tables (src/terms/table-ranking.ts): over partials, into a partial, or
      // in this run as map then reduce, so that one run and a merge share one reducer.
      const data = await loadTermData(raw["termList"] as string[]);
      const reduction = termsReduction(raw, data);
      host.exitCode =
        raw["fromPartials"] === true
          ? await mergePartials(paths, options, reduction, host.io)
          : await runReport(
              paths,
              options,
              // A partial is judged by the shipped rules alone (lists are for the reduce; they hold no shapes).
              reductionSpec(reduction, { terms: true, rules: options.format === "partial" ? await loadTermRules([]) : data.rules }),
              host.io,
            );
      return;
    }
    const top = raw["top"] === undefined ? undefined : parseCount("--top", raw["top"], 0, 1);
    const minFrequency = parseCount("--min-frequency", raw["minFrequency"], 1, 1);
    let suggest = raw["suggest"] as string | boolean | undefined;
    // `--suggest corpus/` (no concept) must keep working: commander hands the path to the
    // option, so a value naming an existing file or folder (or -) goes back to the inputs.
    if (typeof suggest === "string" && (suggest === "-" || existsSync(suggest))) {
      paths = [suggest, ...paths];
      suggest = true;
    }
    const perDocument = raw["perDocument"] === true;
    if (suggest !== undefined && perDocument) throw new KoukaError("USAGE", "--suggest", "cannot be combined with --per-document");
    // --suggest and --per-document: each document's compounds (and, for suggestions, where they stand).
    const evidence: TermEvidence[] = [];
    const data: TermData = await loadTermData(raw["termList"] as string[]);
    // Loaded here, not at start-up: the term scorers are only for this command.
    const [{ rankTermsByDocument }, { suggestTerms }] = await Promise.all([
      import("../../terms/rank-terms.js"),
      import("../../terms/suggest-terms.js"),
    ]);
    host.exitCode = await runReport(
      paths,
      options,
      {
        task: suggest === undefined ? { produce: "evidence" } : { produce: "evidence", locate: true },
        open: (resources) => ({
        columns: ((): readonly string[] => {
          if (typeof suggest === "string" && !resources.dictionary.concepts.some((c) => c.id === suggest)) {
            const known = resources.dictionary.concepts.map((c) => c.id).join(", ");
            throw new KoukaError("USAGE", "--suggest", `no concept '${suggest}' in the dictionary (known: ${known})`);
          }
          return suggest !== undefined ? SUGGEST_COLUMNS : ["document", ...COLUMNS];
        })(),
        rows: (output) => {
          if (output.produce === "evidence") evidence.push(output.terms);
          return [];
        },
        finish: () => {
          const { rules, reference } = data;
          const corpus: Compound[][] = evidence.map((e) => [...e.compounds]);
          const documents = evidence.map((e, i) => e.document ?? String(i));
          const conceptOf = new Map<string, string>();
          evidence.forEach((e) => e.compounds.forEach((c, i) => e.concepts[i] && conceptOf.set(c.text, e.concepts[i]!)));
          const ranking = {
            score: raw["rank"] as TermScoreName,
            minFrequency,
            conceptOf: (term: string) => conceptOf.get(term),
            rules,
            reference,
            ...(top === undefined ? {} : { top }),
          };
          const rows =
            suggest !== undefined
              ? suggestTerms(corpus, evidence.map((e): ConceptMention[] => [...e.mentions]), {
                  isDictionaryTerm: (text) => conceptOf.has(text),
                  concepts: resources.dictionary.concepts.map((c) => c.id),
                  spellings: new Map(resources.dictionary.concepts.map((c) => [c.id, c.terms.map((t) => t.text.normalize("NFKC"))])),
                  rules,
                  reference,
                  places: evidence.map((e): TermPlace[] => [...(e.places ?? [])]),
                  documents,
                  ...(typeof suggest === "string" ? { only: suggest } : {}),
                  ...(top === undefined ? {} : { top }),
                })
              : rankTermsByDocument(corpus, documents, ranking);
          return rows as unknown as Row[];
        },
        }),
      },
      host.io,
    );
  });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
