import { readdir, readFile, realpath, stat, type Dirent, type Stats } from "node:fs";

/*
 * Promise forms of the few fs calls input reading makes, over the callback API:
 * node:fs/promises (which loads readline with it) cost every start-up ~1.5 ms.
 */
const settle =
  <T>(resolve: (value: T) => void, reject: (err: Error) => void) =>
  (err: Error | null, value: T): void =>
    err ? reject(err) : resolve(value);

export const readFileBytes = (file: string): Promise<Buffer> => new Promise((resolve, reject) => readFile(file, settle(resolve, reject)));
export const statOf = (file: string): Promise<Stats> => new Promise((resolve, reject) => stat(file, settle(resolve, reject)));
export const realpathOf = (file: string): Promise<string> => new Promise((resolve, reject) => realpath(file, settle(resolve, reject)));
export const readdirEntries = (dir: string): Promise<Dirent[]> =>
  new Promise((resolve, reject) => readdir(dir, { withFileTypes: true }, settle(resolve, reject)));
