// Preloaded into a child process (`node -r rss-probe.js …`): records the process's peak resident
// set size — sampled with process.memoryUsage().rss every 10 ms, and the kernel's own maximum from
// process.resourceUsage() — into the file named by RSS_PROBE_OUT when the process exits.
'use strict';
const fs = require('fs');
let peak = 0;
const sample = () => {
  peak = Math.max(peak, process.memoryUsage().rss);
};
setInterval(sample, 10).unref();
process.on('exit', () => {
  sample();
  const kernel = process.resourceUsage().maxRSS * 1024;
  if (process.env.RSS_PROBE_OUT) fs.writeFileSync(process.env.RSS_PROBE_OUT, String(Math.max(peak, kernel)));
});
