// npm's `prepare`: builds kouka when npm installs it from a git repository (or a folder), so
// the installed package has its dist/. npm also runs `prepare` on `npm ci` / `npm install`
// inside kouka's own folder; there `npm test`, `npm start` and `npm pack` (prepack) build
// anyway, so building here too would only build twice. npm tells the two apart for us: the
// project npm works on (npm_config_local_prefix) is this folder only in the second case.
import { execFileSync } from "node:child_process";
import path from "node:path";

const project = process.env.npm_config_local_prefix;
if (project !== undefined && path.resolve(project) === process.cwd()) {
  process.exit(0);
}
execFileSync(process.env.npm_execpath ? process.execPath : "npm", process.env.npm_execpath ? [process.env.npm_execpath, "run", "build", "--silent"] : ["run", "build", "--silent"], { stdio: "inherit" });
