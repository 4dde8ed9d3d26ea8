import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** One finished child process: wall time always, the rest when the platform tells. */
export interface RunResult {
  readonly wallMs: number;
  /** Peak resident set, in KB (GNU time %M, or the last VmHWM seen in /proc). */
  readonly peakRssKb: number | null;
  /** CPU seconds, user + system, of the process and its threads (GNU time only). */
  readonly cpuS: number | null;
  readonly stdout: string;
}

export interface RunSpec {
  readonly command: string;
  readonly args: readonly string[];
  readonly input?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Working directory (default: the bench's own). */
  readonly cwd?: string;
  /** Keep stdout (otherwise it goes to /dev/null). */
  readonly capture?: boolean;
}

export type RssMethod = "gnu-time" | "proc-vmhwm";

const GNU_TIME = "/usr/bin/time";

/** GNU time gives exact peak RSS and CPU time; BusyBox or BSD time, or none, means polling /proc. */
export function detectRssMethod(): RssMethod {
  const probe = spawnSync(GNU_TIME, ["-f", "%M", "true"], { encoding: "utf8" });
  return probe.status === 0 && /^\d+\s*$/.test(probe.stderr.trim().split("\n").pop() ?? "") ? "gnu-time" : "proc-vmhwm";
}

/**
 * Runs a command to completion and times it from spawn to exit. A non-zero exit is an
 * error carrying the command's stderr, since a failed run must never count as a fast one.
 */
export function runTimed(spec: RunSpec, method: RssMethod): Promise<RunResult> {
  const report = method === "gnu-time" ? path.join(os.tmpdir(), `kouka-bench-time-${process.pid}-${Math.random().toString(36).slice(2)}`) : null;
  const [command, args] = report ? [GNU_TIME, ["-f", "%U %S %M", "-o", report, spec.command, ...spec.args]] : [spec.command, [...spec.args]];
  return new Promise((resolve, reject) => {
    // Not "ignore": Node gives the child /dev/null opened read-write, which kouka takes for a
    // closed stdout (bin/std-io.ts) and refuses, as a shell's `>&-` must be refused.
    const discard = spec.capture ? null : fs.openSync("/dev/null", "w");
    const started = process.hrtime.bigint();
    const child = spawn(command, args, {
      env: spec.env ?? process.env,
      ...(spec.cwd === undefined ? {} : { cwd: spec.cwd }),
      stdio: [spec.input === undefined ? "ignore" : "pipe", discard ?? "pipe", "pipe"],
    });
    if (discard !== null) fs.closeSync(discard);
    const out: Buffer[] = [];
    let err = "";
    child.stdout?.on("data", (b: Buffer) => out.push(b));
    child.stderr?.on("data", (b: Buffer) => {
      if (err.length < 20_000) err += b.toString("utf8");
    });
    // A child that exits without reading its input (say, it failed to start) closes the pipe:
    // its exit status tells what went wrong, not this EPIPE.
    child.stdin?.on("error", () => {});
    if (spec.input !== undefined) child.stdin?.end(spec.input);
    let hwm = 0;
    const poll = report ? undefined : setInterval(() => (hwm = Math.max(hwm, readVmHwm(child.pid))), 20);
    child.on("error", (e) => {
      clearInterval(poll);
      reject(e);
    });
    child.on("close", (code, signal) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      clearInterval(poll);
      const timed = report ? readTimeReport(report) : null;
      if (code !== 0) {
        reject(new Error(`${spec.command} ${spec.args.join(" ")} exited with ${code ?? signal}:\n${err.trim()}`));
        return;
      }
      resolve({
        wallMs,
        peakRssKb: timed ? timed.rssKb : hwm > 0 ? hwm : null,
        cpuS: timed ? timed.cpuS : null,
        stdout: Buffer.concat(out).toString("utf8"),
      });
    });
  });
}

function readVmHwm(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0; // Already exited: the earlier samples stand.
  }
}

function readTimeReport(file: string): { rssKb: number; cpuS: number } | null {
  try {
    // GNU time prefixes "Command exited with non-zero status N" lines; the numbers are last.
    const last = fs.readFileSync(file, "utf8").trim().split("\n").pop() ?? "";
    const [user, sys, rss] = last.split(/\s+/).map(Number);
    if (user === undefined || sys === undefined || rss === undefined || [user, sys, rss].some(Number.isNaN)) return null;
    return { rssKb: rss, cpuS: user + sys };
  } catch {
    return null;
  } finally {
    fs.rmSync(file, { force: true });
  }
}
