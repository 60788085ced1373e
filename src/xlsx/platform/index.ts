// What reading and writing a package needs that Node and a browser provide each in its own way:
// inflating within a limit, CRC-32 and SHA-256. Everything that decides the bytes of a file we write
// (the deflating, the zip's layout, the XML) is shared code above this; these three give the same
// answer wherever they run, so the page's scored file is the command line's, byte for byte. The
// page's build puts ./browser in place of ./node (webpack.web.js).
export type { Platform } from './platform';
export { platform } from './node';
