// natural ships no types for its submodules; kouka imports only these (the package root prints to stdout).
declare module "natural/lib/natural/inflectors/noun_inflector.js" {
  export default class NounInflector {
    singularize(word: string): string;
    pluralize(word: string): string;
  }
}
declare module "natural/lib/natural/tfidf/tfidf.js" {
  export default class TfIdf {
    addDocument(document: string[] | string, key?: unknown): void;
    tfidf(terms: string[] | string, index: number): number;
    idf(term: string): number;
    listTerms(index: number): { term: string; tfidf: number }[];
  }
}
