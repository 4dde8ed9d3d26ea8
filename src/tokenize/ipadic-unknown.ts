import type { DictionaryData } from "./ipadic-data.js";
import { targetRows } from "./ipadic-decode.js";
import { int16At, int32At, kuromojiString } from "./ipadic-bytes.js";
import { ensure, type Pages } from "./ipadic-pages.js";

/*
 * IPADIC's unknown-word data (char.def compiled, unk.dat, unk_pos.dat, unk_map.dat) as
 * tables the engine reads by number. All of it is small and read at load, except the
 * class of each UTF-16 unit, which is read (page by page) when the unit is first seen.
 */

/** One char.def class: flags as kuromoji's InvokeDefinitionMap reads them. */
export interface CharClass {
  readonly name: string;
  readonly alwaysInvoke: boolean;
  readonly grouping: boolean;
  /** Unknown-word records of this class: [word id, left id, right id, cost] × n; empty if none. */
  readonly rows: Int32Array;
}

export interface UnknownWords {
  readonly classes: readonly CharClass[];
  /** Class ids with the same name share a group id (kuromoji groups characters by class name). */
  readonly groupOf: Int32Array;
  /** The class of characters outside the map and of surrogate pairs. */
  readonly defaultClass: number;
  /** Class id of a UTF-16 unit: read from the map on first use. */
  classOfUnit(unit: number): number;
  /** The feature fields of an unknown word (unk_pos.dat split at commas). */
  features(wordId: number): readonly string[];
}

/** InvokeDefinitionMap.load: [always-invoke byte, grouping byte, max length int32, NUL-terminated name] × n. */
function readClasses(invoke: Uint8Array): { name: string; alwaysInvoke: boolean; grouping: boolean }[] {
  const out: { name: string; alwaysInvoke: boolean; grouping: boolean }[] = [];
  let at = 0;
  while (at + 1 < invoke.length) {
    const alwaysInvoke = (invoke[at] ?? 0) === 1;
    const grouping = (invoke[at + 1] ?? 0) === 1;
    at += 6;
    const name = kuromojiString(invoke, at);
    while (at < invoke.length && invoke[at++] !== 0);
    out.push({ name, alwaysInvoke, grouping });
  }
  return out;
}

export function unknownWords(data: DictionaryData, pages: Pages): UnknownWords {
  const { unknownInfo: info, unknownFeatures, charCategories } = data;
  const map = targetRows(Buffer.from(data.unknownMap.buffer, data.unknownMap.byteOffset, data.unknownMap.byteLength));
  const raw = readClasses(data.charInvoke);
  const classes: CharClass[] = raw.map((c, id) => {
    const from = id + 1 < map.starts.length ? (map.starts[id] ?? 0) : 0;
    const to = id + 1 < map.starts.length ? (map.starts[id + 1] ?? 0) : 0;
    const rows = new Int32Array((to - from) * 4);
    for (let r = from; r < to; r++) {
      const wordId = map.ids[r] ?? 0;
      const at = (r - from) * 4;
      rows[at] = wordId;
      rows[at + 1] = int16At(info, wordId);
      rows[at + 2] = int16At(info, wordId + 2);
      rows[at + 3] = int16At(info, wordId + 4);
    }
    return { ...c, rows };
  });
  // InvokeDefinitionMap.lookup: the last class of that name wins.
  const byName = new Map<string, number>();
  classes.forEach((c, id) => byName.set(c.name, id));
  const defaultClass = byName.get("DEFAULT");
  if (defaultClass === undefined) throw new Error("unk_invoke.dat.gz: no DEFAULT character class");
  const groupOf = new Int32Array(classes.length);
  classes.forEach((c, id) => (groupOf[id] = classes.findIndex((d) => d.name === c.name)));

  const unitClass = new Int16Array(65536).fill(-1);
  const classOfUnit = (unit: number): number => {
    let id = unitClass[unit] ?? -1;
    if (id < 0) {
      if (unit < charCategories.length) {
        ensure(pages, charCategories.byteOffset + unit, charCategories.byteOffset + unit + 1);
        id = charCategories[unit] ?? defaultClass;
      } else id = defaultClass;
      if (id >= classes.length) throw new Error(`unk_char.dat.gz: character class ${id} is not defined`);
      unitClass[unit] = id;
    }
    return id;
  };
  const featureCache = new Map<number, readonly string[]>();
  const features = (wordId: number): readonly string[] => {
    let f = featureCache.get(wordId);
    if (f === undefined) {
      f = kuromojiString(unknownFeatures, int32At(info, wordId + 6)).split(",");
      featureCache.set(wordId, f);
    }
    return f;
  };
  return { classes, groupOf, defaultClass, classOfUnit, features };
}
