import { ensure, type Pages } from "./ipadic-pages.js";
import type { UnknownWords } from "./ipadic-unknown.js";

/** What the lattice reads: the trie, the word records, the costs and the unknown-word tables. */
export interface LatticeSources {
  /** The trie as [base, check] per node; a leaf's base points at its key's group in `words`. */
  readonly trie: Int32Array;
  /** The same keys over UTF-16 units with their words, and the code of each unit (ipadic-unit-trie.ts); empty: walk `trie`. */
  readonly unitTrie: Int32Array;
  readonly unitCodes: Uint16Array;
  /** Groups of [n, then n × (word id, left id, right id, cost)]. */
  readonly words: Int32Array;
  /** cc.dat: the two dimensions, then cost[right id of the left word × backward + left id of the right word]. */
  readonly connectionCosts: Int16Array;
  readonly unknown: UnknownWords;
  /** Which bytes of the arrays above have been read (they view one buffer). */
  readonly pages: Pages;
}

const MAX = Number.MAX_VALUE;
/**
 * The longest sentence (in UTF-16 units) the fast pass takes: a path has at most one node
 * per unit and each adds a connection and a word cost (int16 each), so every cost and sum
 * of it stays within int32. Longer sentences take the exact pass, in float64 as stock.
 */
const FAST_UNITS = 32_000;
const BOS = 0;
const NONE = -1;
/** rootNode: not walked yet; a key ends inside the character. */
const UNSEEN = -2;
const MIXED = -3;

/**
 * The lattice and Viterbi search of kuromoji 0.1.2 fused into one pass over a sentence, on
 * typed arrays reused from sentence to sentence: no object per node. It finds exactly the
 * path stock kuromoji finds, quirks included:
 * - positions count a surrogate pair as one character, but a node spans its key's UTF-16
 *   length (a grouped unknown word of pairs ends "later" than its text), except an
 *   ungrouped unknown head, which spans one;
 * - nodes are visited by end, in the order stock appends them (known words by key length
 *   then record order, then unknown words), and a node whose cheapest predecessor is no
 *   cheaper than Number.MAX_VALUE takes the predecessor last chosen for any node of the
 *   sentence (stock's `var` inside its loop keeps it);
 * - a node with no node ending where it starts is left out, and a path through one is empty.
 * Where stock would throw (a lone high surrogate, a trie key without records) this engine
 * carries on: the surrogate is a character of its own, the key has no words.
 *
 * Keys are looked up in the trie over UTF-16 units, which finds what stock's walk over UTF-8
 * bytes finds (see ipadic-unit-trie.ts), or in the byte trie for a dictionary it cannot hold.
 */
export class Lattice {
  private readonly src: LatticeSources;
  private readonly nodes: number;
  /** Whether keys are walked over units (see ipadic-unit-trie.ts). */
  private readonly units: boolean;
  private readonly backward: number;
  /** Per node: the end index it connects from (stock's start_pos - 1, its position), ids, costs, where its key ends in UTF-16. */
  private from = new Int32Array(0);
  private left = new Int32Array(0);
  private right = new Int32Array(0);
  private wordCost = new Int32Array(0);
  /** Word id (byte offset of the record, as stock names nodes); negative for unknown words (-id - 1). */
  word = new Int32Array(0);
  private keyTo = new Int32Array(0);
  private cost = new Float64Array(0);
  private prev = new Int32Array(0);
  private count = 0;
  /**
   * Nodes are added in runs of the same key, which end at the same index: per run its
   * first and last node and the next run ending there.
   */
  private runFirst = new Int32Array(256);
  private runLast = new Int32Array(256);
  private runNext = new Int32Array(256);
  private runs = 0;
  /** Per end index: first and last run ending there. */
  private head = new Int32Array(0);
  private tail = new Int32Array(0);
  private maxEnd = 0;
  /** Per position: its first UTF-16 unit, character class, and where its run of same-named classes ends. */
  private posStart = new Int32Array(0);
  private posClass = new Int32Array(0);
  private runEnd = new Int32Array(0);
  /** The sentence's UTF-16 units: reading them here is cheaper than charCodeAt on a sliced string. */
  private text = new Uint16Array(0);
  private length = 0;
  /** The predecessor last chosen in this sentence (see the class comment). */
  private carry = NONE;
  /** Whether this pass costs nodes by end index in stock's order (see pass). */
  private exact = false;
  /** The fast pass: the nodes ending at the position being filled, with their costs and rows of the cost matrix. */
  private predCost = new Int32Array(64);
  private predRow = new Int32Array(64);
  private predNode = new Int32Array(64);
  private preds = 0;
  /** EOS's cost, from eosPrev. */
  private eosBest = MAX;
  /** Whether reads must ask `pages` first (until every page is in). */
  private lazy = true;
  private readonly utf8 = new Int32Array(4);
  /** Per UTF-16 unit: the trie node after it from the root, and the leaf there (see cacheRoot). */
  private readonly rootNode = new Int32Array(65536).fill(UNSEEN);
  private readonly rootLeaf = new Int32Array(65536);
  /** The best path of the last sentence: node numbers, first word first. */
  path = new Int32Array(64);

  constructor(src: LatticeSources) {
    this.src = src;
    this.nodes = src.trie.length >> 1;
    this.units = src.unitCodes.length === 0x10000;
    this.backward = src.connectionCosts[1] ?? 0;
    this.grow(1024);
  }

  /** Finds the best path through `sentence` (not empty); returns its length (nodes in `path`). */
  run(sentence: string): number {
    this.lazy = !this.src.pages.isComplete();
    if (sentence.length > FAST_UNITS) return this.pass(sentence, true);
    const length = this.pass(sentence, false);
    // Nodes no predecessor reaches below MAX take stock's carried predecessor, which depends
    // on stock's order of visiting nodes; only a path through EOS at MAX can show it.
    return length >= 0 ? length : this.pass(sentence, true);
  }

  /**
   * One pass over the sentence, adding each position's nodes and costing them at once
   * against the nodes ending there (all known by then); nodes nothing reaches are left out.
   * With `exact`, every node is added and nodes are costed by end index in stock's order
   * instead; without it, -1 when stock's order would matter.
   */
  private pass(sentence: string, exact: boolean): number {
    const n = sentence.length;
    this.exact = exact;
    this.positions(sentence);
    if (this.head.length < 2 * n + 3) {
      this.head = new Int32Array(2 * n + 3);
      this.tail = new Int32Array(2 * n + 3);
    }
    this.head.fill(NONE, 0, 2 * n + 3);
    this.count = 0;
    this.runs = 0;
    this.maxEnd = 0;
    this.carry = NONE;
    // BOS: word 0, ids 0, ends at index 0 and costs nothing.
    this.reserve(1);
    this.word[BOS] = 0;
    this.left[BOS] = 0;
    this.right[BOS] = 0;
    this.wordCost[BOS] = 0;
    this.cost[BOS] = 0;
    this.prev[BOS] = NONE;
    this.link(BOS, 1, 0, 0, 0);
    const units = this.units;
    for (let pos = 0; pos < this.length; pos++) {
      if (!exact) this.gather(pos);
      else if (pos > 0) this.settle(pos);
      const found = units ? this.walkUnits(sentence, pos) : this.walkBytes(sentence, pos);
      this.addUnknown(pos, found);
    }
    if (exact) for (let end = Math.max(this.length, 1); end <= this.maxEnd; end++) this.settle(end);
    const eos = this.eosPrev(this.maxEnd);
    if (!exact && this.eosBest === MAX) return -1;
    return this.backtrack(eos);
  }

  /**
   * The fast pass: takes the nodes ending at `pos` (all reached, so costs below MAX) as the
   * predecessors of the nodes about to be added there. Where stock would give a node that
   * stays at MAX its carried predecessor, this leaves it out: such a node is never on a path
   * unless EOS itself stays at MAX (see run).
   */
  private gather(pos: number): void {
    const { runFirst, runLast, runNext, right, cost } = this;
    const backward = this.backward;
    let { predCost, predRow, predNode } = this;
    let k = 0;
    for (let run = this.head[pos] as number; run !== NONE; run = runNext[run] as number) {
      const last = runLast[run] as number;
      let node = runFirst[run] as number;
      if (k + last - node >= predCost.length) {
        const size = Math.max(predCost.length * 2, k + last - node + 1);
        const grow = <T extends Int32Array | Float64Array>(a: T, make: (n: number) => T): T => {
          const b = make(size);
          b.set(a as never);
          return b;
        };
        this.predCost = predCost = grow(predCost, (m) => new Int32Array(m));
        this.predRow = predRow = grow(predRow, (m) => new Int32Array(m));
        this.predNode = predNode = grow(predNode, (m) => new Int32Array(m));
      }
      for (; node <= last; node++, k++) {
        predCost[k] = cost[node] as number;
        predRow[k] = (right[node] as number) * backward + 2;
        predNode[k] = node;
      }
    }
    this.preds = k;
  }

  private grow(nodes: number): void {
    const copy = <T extends Int32Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(nodes);
      b.set(a.subarray(0, this.count) as never);
      return b;
    };
    const ints = (n: number) => new Int32Array(n);
    this.from = copy(this.from, ints);
    this.left = copy(this.left, ints);
    this.right = copy(this.right, ints);
    this.wordCost = copy(this.wordCost, ints);
    this.word = copy(this.word, ints);
    this.keyTo = copy(this.keyTo, ints);
    this.prev = copy(this.prev, ints);
    this.cost = copy(this.cost, (n) => new Float64Array(n));
  }

  /** Cuts the sentence into surrogate-aware positions with their classes and class runs. */
  private positions(sentence: string): void {
    const n = sentence.length;
    if (this.posStart.length < n + 1) {
      this.posStart = new Int32Array(n + 1);
      this.posClass = new Int32Array(n + 1);
      this.runEnd = new Int32Array(n + 1);
      this.text = new Uint16Array(n + 1);
    }
    const { posStart, posClass, runEnd, text } = this;
    const unknown = this.src.unknown;
    let len = 0;
    for (let i = 0; i < n; i++) {
      posStart[len] = i;
      const unit = sentence.charCodeAt(i);
      text[i] = unit;
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < n) {
        const low = sentence.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          text[i + 1] = low;
          posClass[len++] = unknown.defaultClass; // char.def cannot name a pair: DEFAULT
          i++;
          continue;
        }
      }
      posClass[len++] = unknown.classOfUnit(unit);
    }
    posStart[len] = n;
    this.length = len;
    const group = unknown.groupOf;
    if (len > 0) runEnd[len - 1] = len;
    for (let p = len - 2; p >= 0; p--) {
      runEnd[p] = group[posClass[p + 1] as number] === group[posClass[p] as number] ? (runEnd[p + 1] as number) : p + 1;
    }
  }

  /** Reads the page holding byte `byte` of the dictionary buffer if it is not in yet. */
  private need(byte: number): void {
    const pages = this.src.pages;
    const page = byte >>> pages.shift;
    if (pages.loaded[page] === 0) pages.load(page);
  }

  /** doublearray's traverse: the child of `parent` by `code`, or NONE. */
  private traverse(parent: number, code: number): number {
    const { trie } = this.src;
    const nodes = this.nodes;
    if (this.lazy && parent < nodes) this.need(trie.byteOffset + parent * 8);
    // getBase past the end is -parent + 1; a check past the end matches no parent.
    const child = (parent < nodes ? (trie[parent * 2] as number) : -parent + 1) + code;
    if (child < 0 || child >= nodes) return NONE;
    if (this.lazy) this.need(trie.byteOffset + child * 8 + 4);
    return trie[child * 2 + 1] === parent ? child : NONE;
  }

  /** Dictionary words starting at `pos`: walks the trie over the units of the text from there; returns how many keys matched. */
  private walkUnits(sentence: string, pos: number): number {
    const n = sentence.length;
    const from = this.posStart[pos] as number;
    const { unitTrie: trie, unitCodes: codes, pages } = this.src;
    const lazy = this.lazy;
    let found = 0;
    let i = from;
    const text = this.text;
    if (text[i] === 0) {
      // NULs starting the walk, passed over as the byte walk passes them (see ipadic-unit-trie.ts).
      if (lazy) this.need(trie.byteOffset);
      if (trie[0] === 1) for (; i < n && text[i] === 0; i++) found++;
      if (i === n) return found;
    }
    let unit = text[i] as number;
    if (lazy) this.need(codes.byteOffset + unit * 2);
    let code = codes[unit] as number;
    if (code === 0) return found;
    if (lazy) this.need(trie.byteOffset + code * 4);
    let at = trie[code] as number; // the record of sentence[from, i)
    for (i++; at !== 0; i++) {
      if (lazy) ensure(pages, trie.byteOffset + at * 4, trie.byteOffset + (at + 2) * 4);
      const children = trie[at] as number;
      const head = trie[at + 1] as number;
      const rows = head >> 1;
      if (head !== 0) {
        found++;
        if (rows > 0) {
          if (lazy) ensure(pages, trie.byteOffset + (at + 2) * 4, trie.byteOffset + (at + 2 + rows * 4) * 4);
          this.addNodes(trie, at + 2, rows, false, pos, i - from, i);
        }
      }
      if (children === 0 || i >= n) break;
      unit = text[i] as number;
      if (lazy) this.need(codes.byteOffset + unit * 2);
      code = codes[unit] as number;
      if (code === 0) break;
      // The child by `code` among the (code, record) pairs: listed, or in a hash table.
      const pairs = at + 2 + rows * 4;
      const slots = children > 0 ? children : -children;
      if (lazy) ensure(pages, trie.byteOffset + pairs * 4, trie.byteOffset + (pairs + slots * 2) * 4);
      at = 0;
      if (children > 0) {
        for (let k = pairs, end = pairs + children * 2; k < end; k += 2) {
          if (trie[k] === code) {
            at = trie[k + 1] as number;
            break;
          }
        }
      } else {
        const mask = slots - 1;
        for (let slot = code & mask; ; slot = (slot + 1) & mask) {
          const c = trie[pairs + slot * 2] as number;
          if (c === code) {
            at = trie[pairs + slot * 2 + 1] as number;
            break;
          }
          if (c === 0) break;
        }
      }
    }
    return found;
  }

  /** Dictionary words starting at `pos`: walks the trie over the UTF-8 of the text from there; returns how many keys matched. */
  private walkBytes(sentence: string, pos: number): number {
    const n = sentence.length;
    const from = this.posStart[pos] as number;
    const bytes = this.utf8;
    let found = 0;
    let parent = 0;
    let i = from;
    // The first character's steps from the root are the same every time: cached per unit.
    const first = sentence.charCodeAt(from);
    if (first < 0xd800 || first > 0xdfff) {
      let node = this.rootNode[first] as number;
      if (node === UNSEEN) node = this.cacheRoot(first);
      if (node !== MIXED) {
        if (node === NONE) return 0;
        const leaf = this.rootLeaf[first] as number;
        if (leaf !== NONE) {
          found = 1;
          this.addLeaf(leaf, pos, from, from + 1);
        }
        parent = node;
        i = from + 1;
      }
    }
    while (i < n) {
      let code = sentence.charCodeAt(i);
      let next = i + 1;
      if (code >= 0xd800 && code <= 0xdbff && next < n) {
        const low = sentence.charCodeAt(next);
        if (low >= 0xdc00 && low <= 0xdfff) {
          code = (code - 0xd800) * 0x400 + 0x10000 + (low - 0xdc00);
          next++;
        }
      }
      const count = utf8Bytes(code, bytes);
      for (let b = 0; b < count; b++) {
        const child = this.traverse(parent, bytes[b] as number);
        if (child === NONE) return found;
        parent = child;
        const leaf = this.traverse(child, 0);
        if (leaf === NONE) continue;
        found++;
        if (b === count - 1) this.addLeaf(leaf, pos, from, next);
      }
      i = next;
    }
    return found;
  }

  /** Walks BMP unit `unit` from the root and caches where it ends (MIXED: a key ends inside it, walk it each time). */
  private cacheRoot(unit: number): number {
    const bytes = this.utf8;
    const count = utf8Bytes(unit, bytes);
    let node = 0;
    let leaf = NONE;
    for (let b = 0; b < count && node !== NONE; b++) {
      node = this.traverse(node, bytes[b] as number);
      if (node === NONE) break;
      leaf = this.traverse(node, 0);
      if (leaf !== NONE && b < count - 1) node = MIXED;
      if (node === MIXED) break;
    }
    this.rootNode[unit] = node;
    this.rootLeaf[unit] = node >= 0 ? leaf : NONE;
    return node;
  }

  /** The words of byte-trie leaf `leaf`, as nodes for the key sentence[from, to). */
  private addLeaf(leaf: number, pos: number, from: number, to: number): void {
    const trie = this.src.trie;
    if (leaf >= this.nodes) return;
    if (this.lazy) this.need(trie.byteOffset + leaf * 8);
    const group = trie[leaf * 2] as number;
    if (group > 0) return; // a key without words
    this.addGroup(-group - 1, pos, from, to);
  }

  /** The words of group `at` in `words`, as nodes for the key sentence[from, to). */
  private addGroup(at: number, pos: number, from: number, to: number): void {
    const words = this.src.words;
    if (this.lazy) this.need(words.byteOffset + at * 4);
    const rows = words[at] as number;
    if (!(rows > 0)) return;
    if (this.lazy) ensure(this.src.pages, words.byteOffset + (at + 1) * 4, words.byteOffset + (at + 1 + rows * 4) * 4);
    this.addNodes(words, at + 1, rows, false, pos, to - from, to);
  }

  /** Unknown words at `pos`: when no dictionary word starts there or its class always invokes them. */
  private addUnknown(pos: number, found: number): void {
    const classId = this.posClass[pos] as number;
    const cls = this.src.unknown.classes[classId];
    if (cls === undefined || !(found === 0 || cls.alwaysInvoke)) return;
    const from = this.posStart[pos] as number;
    const end = cls.grouping && 1 < this.length - pos ? (this.runEnd[pos] as number) : pos + 1;
    const to = this.posStart[end] as number;
    // A grouped key is a string (its UTF-16 length); a lone head a SurrogateAwareString (length 1).
    const span = end > pos + 1 ? to - from : 1;
    const count = cls.rows.length >> 2;
    if (count > 0) this.addNodes(cls.rows, 0, count, true, pos, span, to);
  }

  /**
   * Adds `rows` nodes from the records [word id, left id, right id, cost] of `records` at
   * `at`: they start at `pos`, span `span` and their key ends at UTF-16 `to`. The fast pass
   * costs them at once against the nodes ending at pos, and leaves them out if there are none.
   */
  private addNodes(records: Int32Array, at: number, rows: number, unknown: boolean, pos: number, span: number, to: number): void {
    const end = pos + span;
    if (end > this.maxEnd) this.maxEnd = end;
    const preds = this.preds;
    const exact = this.exact;
    if (!exact && preds === 0) return; // stock skips them: no predecessor, cost MAX
    const first = this.reserve(rows);
    const { word, right, cost, prev } = this;
    const { predCost, predRow, predNode } = this;
    const cc = this.src.connectionCosts;
    for (let node = first, last = first + rows; node < last; node++, at += 4) {
      const id = records[at] as number;
      word[node] = unknown ? -id - 1 : id;
      right[node] = records[at + 2] as number;
      const l = records[at + 1] as number;
      if (exact) {
        this.left[node] = l;
        this.wordCost[node] = records[at + 3] as number;
        cost[node] = MAX;
        prev[node] = NONE;
        continue;
      }
      if (this.lazy) for (let k = 0; k < preds; k++) this.need(cc.byteOffset + ((predRow[k] as number) + l) * 2);
      // The first cheapest predecessor, as stock's strict comparison picks it. Costs are
      // exact integers (see FAST_UNITS), so adding the word's own cost after the minimum
      // changes nothing.
      let best = ((predCost[0] as number) + (cc[(predRow[0] as number) + l] as number)) | 0;
      let chosen = 0;
      for (let k = 1; k < preds; k++) {
        const c = ((predCost[k] as number) + (cc[(predRow[k] as number) + l] as number)) | 0;
        if (c < best) {
          best = c;
          chosen = k;
        }
      }
      cost[node] = best + (records[at + 3] as number);
      prev[node] = predNode[chosen] as number;
    }
    this.link(first, rows, pos, end, to);
  }

  /** Room for `count` more nodes; returns the first one's number. */
  private reserve(count: number): number {
    if (this.count + count > this.from.length) this.grow(Math.max(this.count * 2, this.count + count));
    return this.count;
  }

  /**
   * Makes nodes [first, first + count), filled in by the caller, part of the lattice: they
   * start at `pos`, end at index `end` and their key ends at UTF-16 `to`.
   */
  private link(first: number, count: number, pos: number, end: number, to: number): void {
    const { from, keyTo } = this;
    const last = first + count - 1;
    for (let node = first; node <= last; node++) {
      from[node] = pos;
      keyTo[node] = to;
    }
    this.count = last + 1;
    if (this.runs === this.runFirst.length) {
      const grow = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.runFirst = grow(this.runFirst);
      this.runLast = grow(this.runLast);
      this.runNext = grow(this.runNext);
    }
    const run = this.runs++;
    this.runFirst[run] = first;
    this.runLast[run] = last;
    this.runNext[run] = NONE;
    if (this.head[end] === NONE) this.head[end] = run;
    else this.runNext[this.tail[end] as number] = run;
    this.tail[end] = run;
    if (end > this.maxEnd) this.maxEnd = end;
  }

  /** The text of node `node`'s key in `sentence`, the sentence last run. */
  surface(sentence: string, node: number): string {
    return sentence.slice(this.posStart[this.from[node] as number], this.keyTo[node]);
  }

  /** The connection cost of a node with right id `right` followed by one with left id `left`. */
  private connection(right: number, left: number): number {
    const cc = this.src.connectionCosts;
    const at = right * this.backward + left + 2;
    if (this.lazy) this.need(cc.byteOffset + at * 2);
    return cc[at] as number;
  }

  /** Viterbi for the nodes ending at `end`, in the order they were added. */
  private settle(end: number): void {
    const { head, runFirst, runLast, runNext, from, left, right, wordCost, cost, prev } = this;
    let carry = this.carry;
    for (let run = head[end] as number; run !== NONE; run = runNext[run] as number) {
      for (let node = runFirst[run] as number, last = runLast[run] as number; node <= last; node++) {
        const first = head[from[node] as number] as number;
        if (first === NONE) continue;
        const l = left[node] as number;
        const own = wordCost[node] as number;
        let best = MAX;
        for (let r = first; r !== NONE; r = runNext[r] as number) {
          for (let before = runFirst[r] as number, end2 = runLast[r] as number; before <= end2; before++) {
            const c = (cost[before] as number) + this.connection(right[before] as number, l) + own;
            if (c < best) {
              best = c;
              carry = before;
            }
          }
        }
        prev[node] = carry;
        cost[node] = best;
      }
    }
    this.carry = carry;
  }

  /** The predecessor of EOS, which stock places after the last end index and connects from it. */
  private eosPrev(last: number): number {
    const { head, runFirst, runLast, runNext, right, cost } = this;
    let carry = this.carry;
    let best = MAX;
    this.eosBest = MAX;
    for (let run = head[last] as number; run !== NONE; run = runNext[run] as number) {
      for (let before = runFirst[run] as number, end = runLast[run] as number; before <= end; before++) {
        const c = (cost[before] as number) + this.connection(right[before] as number, 0) + 0;
        if (c < best) {
          best = c;
          carry = before;
        }
      }
    }
    this.eosBest = best;
    return carry;
  }

  /** Follows predecessors back to BOS into `path`; an interrupted chain gives no words, as in stock. */
  private backtrack(last: number): number {
    let length = 0;
    for (let node = last; node !== BOS; node = this.prev[node] as number) {
      if (node === NONE || length >= this.count) return 0;
      if (length === this.path.length) {
        const grown = new Int32Array(length * 2);
        grown.set(this.path);
        this.path = grown;
      }
      this.path[length++] = node;
    }
    this.path.subarray(0, length).reverse();
    return length;
  }
}

/** The UTF-8 bytes of code point `code` into `out`; returns how many. */
function utf8Bytes(code: number, out: Int32Array): number {
  if (code < 0x80) {
    out[0] = code;
    return 1;
  }
  if (code < 0x800) {
    out[0] = (code >>> 6) | 0xc0;
    out[1] = (code & 0x3f) | 0x80;
    return 2;
  }
  if (code < 0x10000) {
    out[0] = (code >>> 12) | 0xe0;
    out[1] = ((code >> 6) & 0x3f) | 0x80;
    out[2] = (code & 0x3f) | 0x80;
    return 3;
  }
  out[0] = (code >>> 18) | 0xf0;
  out[1] = ((code >> 12) & 0x3f) | 0x80;
  out[2] = ((code >> 6) & 0x3f) | 0x80;
  out[3] = (code & 0x3f) | 0x80;
  return 4;
}
