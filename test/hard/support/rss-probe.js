// Preloaded into a child process (`node -r rss-probe.js …`): records the process's peak resident
// set size — sampled with process.memoryUsage().rss every 10 ms, and the kernel's own maximum — and
// the processor time it used (user and system, every thread: the scoring workers are threads), as
// JSON `{ "peakRss": bytes, "cpuMs": ms }` into the file named by RSS_PROBE_OUT when the process
// exits. The kernel's maximum is /proc/self/status's VmHWM, this program's own: getrusage's maxRSS
// also counts the image the process was forked from before it ran node (Linux keeps it across exec),
// so under a large jest worker every child "peaked" at the worker's size (332 MB for a refused 1 KB
// file). Where there is no /proc, maxRSS is used.
'use strict';
const fs = require('fs');
let peak = 0;
const sample = () => {
  peak = Math.max(peak, process.memoryUsage().rss);
};
setInterval(sample, 10).unref();

/** The kernel's peak of this program's resident set, in bytes. */
function kernelPeak() {
  try {
    const m = /^VmHWM:\s+(\d+) kB$/m.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) * 1024;
  } catch {
    // no /proc: below
  }
  return process.resourceUsage().maxRSS * 1024;
}

process.on('exit', () => {
  sample();
  if (!process.env.RSS_PROBE_OUT) return;
  const { user, system } = process.cpuUsage();
  fs.writeFileSync(process.env.RSS_PROBE_OUT, JSON.stringify({ peakRss: Math.max(peak, kernelPeak()), cpuMs: Math.round((user + system) / 1000) }));
});
