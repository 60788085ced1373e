/** Formats only LibreOffice reads (the command line calls it; a browser has none): named, with what to do. */
export const NOT_IN_PAGE = /\.(xls|et|ods)$/i;
