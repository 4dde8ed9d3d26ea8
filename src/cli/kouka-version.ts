import { readFileSync } from "node:fs";
import { packagePath } from "../package-path.js";

/** kouka's version, from package.json. */
export function koukaVersion(): string {
  return (JSON.parse(readFileSync(packagePath("package.json"), "utf8")) as { version: string }).version;
}
