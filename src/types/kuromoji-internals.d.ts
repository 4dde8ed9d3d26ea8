// kuromoji 0.1.2's internal modules (CommonJS, module.exports = constructor) and its trie
// library; src/tokenize/ipadic-kuromoji.ts gives each the type kouka relies on.
declare module "kuromoji/src/Tokenizer.js" {
  const value: unknown;
  export default value;
}
declare module "kuromoji/src/dict/ConnectionCosts.js" {
  const value: unknown;
  export default value;
}
declare module "kuromoji/src/dict/DynamicDictionaries.js" {
  const value: unknown;
  export default value;
}
declare module "kuromoji/src/dict/TokenInfoDictionary.js" {
  const value: unknown;
  export default value;
}
declare module "kuromoji/src/dict/UnknownDictionary.js" {
  const value: unknown;
  export default value;
}
declare module "kuromoji/src/util/ByteBuffer.js" {
  const value: unknown;
  export default value;
}
declare module "kuromoji/src/viterbi/ViterbiLattice.js" {
  const value: unknown;
  export default value;
}
declare module "kuromoji/src/viterbi/ViterbiNode.js" {
  const value: unknown;
  export default value;
}
declare module "doublearray" {
  const value: unknown;
  export default value;
}
