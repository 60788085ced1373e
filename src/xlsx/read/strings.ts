// The shared strings part (xl/sharedStrings.xml): the text of each `<si>`, by index. A string in
// runs is the runs' text joined; phonetic guides (`<rPh>`) are not part of the text Excel shows.
import { scanXml, unescapeSheetText } from '../package/xml';

export function sharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let text = '';
  scanXml(
    xml,
    (el) => {
      const parent = el.parent?.local;
      if (el.local === 't' && (parent === 'si' || (parent === 'r' && el.parent?.parent?.local === 'si'))) text += el.text;
      else if (el.local === 'si') {
        strings.push(unescapeSheetText(text));
        text = '';
      }
    },
    { textOf: new Set(['t']) },
  );
  return strings;
}
