/**
 * The pane's shared layout classes (Fluent UI makeStyles): a view, a feature's section, its title and buttons,
 * lists, a label-and-value line, wrapping and muted text. A component adds its own classes beside these.
 */
import { makeStyles, tokens } from "@fluentui/react-components";

/** A list without bullets: its items under each other. */
const ITEMS = {
  listStyleType: "none",
  margin: 0,
  padding: 0,
  display: "flex",
  flexDirection: "column",
} as const;

export const usePaneStyles = makeStyles({
  /** A whole view (the Regio and the Landelijk overzicht tabs). */
  view: {
    boxSizing: "border-box",
    maxWidth: "100%",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  /** A feature's section: its heading, text and buttons under each other, left aligned. */
  feature: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
  },
  /** A section of stretched blocks (lists, scores). */
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  title: { margin: 0 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  /** A list with bullets (messages). */
  bullets: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  /** A list without bullets, its items under each other. */
  items: { ...ITEMS, gap: tokens.spacingVerticalS },
  /** The same, closer together (lines of one group). */
  itemsTight: { ...ITEMS, gap: tokens.spacingVerticalXS },
  /** The same, further apart (blocks of several lines). */
  itemsWide: { ...ITEMS, gap: tokens.spacingVerticalM },
  /** A label on the left, its value on the right. */
  line: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalS,
  },
  text: { minWidth: 0, overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  /** An element scrolled to and focused (an explanation). */
  anchor: { outline: "none", scrollMarginTop: tokens.spacingVerticalS },
});
