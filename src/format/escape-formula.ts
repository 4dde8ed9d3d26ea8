/**
 * Characters that make a spreadsheet read a cell as a formula (CSV injection, OWASP), in
 * ASCII and full width; tab and CR too, as csv-stringify's own escaping treats them.
 */
const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/u;

/**
 * `'=cmd()` for `=cmd()`: the leading quote makes Excel show the text instead of running it.
 * `-` alone is standard input's document name, not a formula, and stays as it is.
 */
export function escapeFormula(value: string): string {
  return value !== "-" && FORMULA_START.test(value) ? `'${value}` : value;
}
