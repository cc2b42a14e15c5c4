/** The namespaces, content types and escaping every part our writer makes shares (ECMA-376 part 1 and 2). */

export const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
export const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
export const XM = "http://schemas.microsoft.com/office/excel/2006/main";
/** The prefix of SpreadsheetML's content types. */
export const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";
export const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Characters XML 1.0 does not allow (a returned workbook cannot hold them, but a model string might). */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text for an XML element or a double-quoted attribute. */
export const escapeXml = (s: string): string =>
  s
    .replace(NOT_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

/** Text for a double-quoted attribute that keeps its line breaks and tabs (a parser turns raw ones into spaces). */
export const escapeAttr = (s: string): string =>
  escapeXml(s).replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
