/** Monitor definitions as Excel workbooks (XLSForm-style): the sheets → a monitor, and back. */
export { definitionFromSheets } from "./from-sheets";
export { definitionToSheets, deepEqual } from "./to-sheets";
export { parseCondition, printCondition, parseTest, printTest, type RefContext } from "./conditions";
