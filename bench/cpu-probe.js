// Preloaded into a benchmarked process (`node -r cpu-probe.js …`): writes the process's CPU time
// (user + system, every thread, in ms) into the file named by CPU_PROBE_OUT when it exits.
'use strict';
const fs = require('fs');
process.on('exit', () => {
  const c = process.cpuUsage();
  if (process.env.CPU_PROBE_OUT) fs.writeFileSync(process.env.CPU_PROBE_OUT, String((c.user + c.system) / 1000));
});
