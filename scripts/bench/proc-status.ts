import { readFileSync } from "node:fs";

export interface ProcMemory {
  /** Peak resident set size ("high water mark"), bytes */
  peakRss: number | null;
  rss: number | null;
}

/** Reads VmHWM and VmRSS from the text of /proc/<pid>/status (Linux; values are in kB there). */
export function parseProcStatus(text: string): ProcMemory {
  const field = (name: string) => {
    const match = new RegExp(`^${name}:\\s+(\\d+)\\s*kB`, "m").exec(text);
    return match?.[1] ? Number(match[1]) * 1024 : null;
  };
  return { peakRss: field("VmHWM"), rss: field("VmRSS") };
}

/** Memory of a process, or null where /proc is not available (not Linux) or the process is gone. */
export function procMemory(pid: number): ProcMemory | null {
  try {
    return parseProcStatus(readFileSync(`/proc/${pid}/status`, "utf8"));
  } catch {
    return null;
  }
}
