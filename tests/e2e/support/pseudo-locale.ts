// A pseudo-locale for tests only: every translated string comes out accented, lengthened and bracketed
// ("⟦Ñéŵ ðöššîéŕ···⟧"), so any plain Latin word left on a page was never translated.

/** Self-contained (it is sent to the page as source text): no helpers from outside its body. */
export function pseudoLocalise(text: string): string {
  const plain = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const accented = 'àƀçđéƒĝĥîĵķĺɱñöþɋŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞɊŔŠŢÛṼŴẊÝŽ';
  let out = '';
  let inTag = false;
  for (const character of text) {
    // Trans components' tags (<strong>…</strong>) must stay as they are.
    if (character === '<') inTag = true;
    const at = plain.indexOf(character);
    out += inTag || at < 0 ? character : (accented[at] ?? character);
    if (character === '>') inTag = false;
  }
  return `⟦${out}${'·'.repeat(Math.ceil(text.length * 0.3))}⟧`;
}

/** The script that turns the pseudo-locale on in a page before the app starts. */
export const PSEUDO_LOCALE_SCRIPT = `globalThis.__deskPseudoLocale = ${pseudoLocalise.toString()};`;
