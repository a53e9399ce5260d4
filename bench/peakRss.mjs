// The peak RSS of this process, in KiB, for the benches' child processes. On Linux it is VmHWM of
// /proc/self/status: `process.resourceUsage().maxRSS` (getrusage) keeps the parent's RSS at the fork
// across exec, so a child of a 330 MB bench process reported 330 MB whatever it did itself.
// Elsewhere, maxRSS.
import { readFileSync } from 'node:fs';

/** @returns {number} */
export function peakRssKb() {
  try {
    const m = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m !== null) return Number(m[1]);
  } catch {
    // no /proc: not Linux
  }
  return process.resourceUsage().maxRSS;
}
