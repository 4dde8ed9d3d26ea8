import type { Matcher } from "../concepts/compile-matcher.js";
import type { Dictionary } from "../dictionary/dictionary.js";
import type { Grammar } from "../grammar/load-grammar.js";
import type { ClutterRules } from "../text/clean-clutter.js";
import type { Tokenizer } from "../tokenize/tokenizer.js";

/** The checked knowledge from the data files: grammar, clutter rules, concepts and their matcher. */
export interface Knowledge {
  readonly grammar: Grammar;
  readonly clutter: ClutterRules;
  readonly dictionary: Dictionary;
  readonly matcher: Matcher;
}

/** Everything a run uses: the knowledge and the tokenizer. */
export interface Resources extends Knowledge {
  readonly tokenizer: Tokenizer;
}

/** One data file's name and text, as read by the edge. */
export interface DataSource {
  readonly file: string;
  readonly text: string;
}

/** The text of every data file a run reads. */
export interface KnowledgeSources {
  readonly grammar: DataSource;
  readonly clutter: DataSource;
  readonly dictionaries: readonly DataSource[];
}
