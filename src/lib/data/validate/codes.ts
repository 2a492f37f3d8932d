/**
 * Commune codes as staff and Excel write them: "19.330" or "19 330" (thousands separators), "19330.0"
 * (a number turned back into text), "'20122" (the quote that forces text), ="20122" (the formula trick
 * to keep leading zeros). Each becomes the plain digits it stands for; the caller notes the change.
 */

const WRAPPED = /^="(.*)"$/;
const GROUPED = /^\d{1,3}(?:[ .,\u00a0\u202f\u2009]\d{3})+$/;
const FLOAT_ZERO = /^(\d+)[.,]0+$/;

/** The digits a code cell stands for, or the text unchanged when it is not one of the known forms. */
export function normaliseCode(text: string): string {
  let code = text.trim();
  const wrapped = WRAPPED.exec(code);
  if (wrapped) code = wrapped[1]!.trim();
  if (code.startsWith("'")) code = code.slice(1).trim();
  if (GROUPED.test(code)) code = code.replace(/[ .,\u00a0\u202f\u2009]/g, '');
  const zero = FLOAT_ZERO.exec(code);
  if (zero) code = zero[1]!;
  return /^\d+$/.test(code) ? code : text;
}
