/**
 * Labels in the terminal's tables are cut on a word boundary with an ellipsis, never mid-word
 * ("inrichtingsp"); short labels are padded to their column. Examples are BMC's aandachtspunten 9 and 11
 * as the demo prints them in a column of 52 characters.
 */
import { cut, pad } from "../../src/cli/report-text";

test.each([
  // Cut after "en", the last whole word within 51 characters, plus the ellipsis (today: "inrichtingsp").
  [
    "9 Praktische vertaling van de visies en inrichtingsplannen",
    52,
    "9 Praktische vertaling van de visies en…",
  ],
  [
    "11 Heldere afspraken over tijdig op- en afschalen Veilig Thuis",
    52,
    "11 Heldere afspraken over tijdig op- en afschalen…",
  ],
  // A trailing comma or dash before the cut goes too.
  ["Alpha, beta, gamma", 13, "Alpha, beta…"],
  // One word longer than the column: cut inside it (nothing else fits), still with the ellipsis.
  ["Aandachtspuntenlijst", 10, "Aandachts…"],
  // Short enough: unchanged.
  ["M1 Startfoto gemaakt", 52, "M1 Startfoto gemaakt"],
])("cut(%j, %i)", (text, width, expected) => {
  const t = cut(text, width);
  expect(t).toBe(expected);
  expect(t.length).toBeLessThanOrEqual(width);
});

test("pad gives every label the column's width", () => {
  expect(pad("M1 Startfoto", 16)).toBe("M1 Startfoto    ");
  expect(pad("9 Praktische vertaling van de visies en inrichtingsplannen", 52)).toHaveLength(52);
  expect(pad("9 Praktische vertaling van de visies en inrichtingsplannen", 52).trimEnd()).toBe(
    "9 Praktische vertaling van de visies en…",
  );
});
