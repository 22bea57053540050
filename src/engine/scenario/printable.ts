/**
 * Text from a user's file shown back in a message: control characters (terminal escape codes, line breaks,
 * bidi overrides) and lone surrogates are written as `\uXXXX`, so a message never moves a cursor, recolours a
 * terminal or reorders a line. Every other character, accents included, stays as it is.
 */
const UNPRINTABLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
