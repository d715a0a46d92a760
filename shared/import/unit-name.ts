/**
 * The unit's name when the title and the opening paragraph disagree. Published titles often drop the
 * higher place (「洪泽区人民政府」) that the opening paragraph keeps (「本报告由淮安市洪泽区人民政府办公室…
 * 编制」); a reviewer expects the fuller name, so the importer takes the title's name with the places
 * printed before it in the opening paragraph, and says so in a flag.
 */

/** What a place name ends in. */
const PLACE_END = /(?:自治区|自治州|自治县|地区|省|市|州|盟|县|区|旗)$/;
/** Characters that may stand right before a place name: sentence words (「由淮安市」), the end of another place. */
const BEFORE_PLACE = /[由与向经为是在和及对据请将按于从至即省市州盟县区旗]/;
const MAX_PLACES = 3;

/**
 * The place name that ends `text`: two to four characters and the ending, where the character before it is a
 * sentence word, another place or nothing (so 「本报告由淮安市」 gives 「淮安市」, never 「由淮安市」).
 */
function placeAtEnd(text: string): string | null {
  const end = PLACE_END.exec(text);
  if (!end) return null;
  const stem = text.length - end[0].length;
  for (let n = 2; n <= 4 && n <= stem; n++) {
    const name = text.slice(stem - n);
    const before = text[stem - n - 1];
    if (!/^[\u4e00-\u9fff]+$/.test(name)) return null;
    if (before === undefined || !/[\u4e00-\u9fff]/.test(before) || BEFORE_PLACE.test(before)) return name;
  }
  return null;
}

/** The places printed right before a name (「由江苏省淮安市」 → 「江苏省淮安市」), '' for none. */
function placesBefore(before: string): string {
  let rest = before;
  let places = '';
  for (let i = 0; i < MAX_PLACES; i++) {
    const m = placeAtEnd(rest);
    if (!m) break;
    places = m + places;
    rest = rest.slice(0, rest.length - m.length);
  }
  return places;
}

/**
 * The fuller name of `titleUnit` printed in `opening`, or null when the opening paragraph has none.
 * Only places before the name are taken: 「…人民政府办公室」 is the office that wrote the report, not the unit.
 */
export function fullerUnitName(titleUnit: string, opening: string): string | null {
  if (titleUnit.length < 2) return null;
  const text = opening.replace(/[\s\u3000]+/g, '');
  let best: string | null = null;
  for (let at = text.indexOf(titleUnit); at >= 0; at = text.indexOf(titleUnit, at + 1)) {
    const places = placesBefore(text.slice(Math.max(0, at - 24), at));
    if (places && (!best || places.length + titleUnit.length > best.length)) best = places + titleUnit;
  }
  return best;
}
