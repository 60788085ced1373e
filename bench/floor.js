// The I/O floor as a program of its own: reads every .xlsx of a folder with ExcelJS and writes it
// back (as <name>.scored.xlsx) into another, one after the other, doing nothing else.
//   node bench/floor.js <in> <out>
'use strict';
const fs = require('fs');
const path = require('path');
const ExcelJS = require('exceljs');

async function main(input, out) {
  for (const name of fs.readdirSync(input).filter((n) => n.endsWith('.xlsx')).sort()) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(path.join(input, name)));
    await wb.xlsx.writeFile(path.join(out, name.replace(/\.xlsx$/, '.scored.xlsx')));
  }
}

main(process.argv[2], process.argv[3]).catch((e) => {
  process.stderr.write(`${e.stack}\n`);
  process.exitCode = 1;
});
