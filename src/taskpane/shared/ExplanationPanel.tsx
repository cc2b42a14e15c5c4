/**
 * "Waarom is dit rood?": the rule, the inputs and the source of the selected cell in a national sheet or in the
 * regional Samenvatting.
 */
import { Body1, Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { sourceText } from "../../core/engine/explain";
import type { HostErrorText } from "../host";
import type { SelectedCell } from "./useSelectionExplanation";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  text: { overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

/** At most this many inputs and sources are listed; the rest is counted. */
const MAX_LINES = 12;

/** At most MAX_LINES lines, then how many more. */
function CappedList(props: { testId: string; lines: readonly string[] }) {
  const s = useStyles();
  const rest = props.lines.length - MAX_LINES;
  return (
    <ul className={s.list} data-testid={props.testId}>
      {props.lines.slice(0, MAX_LINES).map((x, i) => (
        <li key={i}>
          <Caption1>{x}</Caption1>
        </li>
      ))}
      {rest > 0 ? (
        <li>
          <Caption1>en nog {rest}</Caption1>
        </li>
      ) : null}
    </ul>
  );
}

export function ExplanationPanel(props: {
  selected: SelectedCell | null;
  error: HostErrorText | null;
  onGoto: (sheet: string, cel: string) => void;
  /** What to select, shown before anything was selected. */
  hint?: string;
}) {
  const s = useStyles();
  const sel = props.selected;
  const e = sel?.explanation ?? null;
  const firstHere = e?.bronInDezeWerkmap ? e.bron.find((b) => b.cel) : undefined;
  return (
    <section className={s.section} aria-labelledby="uitleg-kop" aria-live="polite" data-testid="uitleg">
      <Subtitle2 as="h2" id="uitleg-kop">
        Uitleg bij de selectie
      </Subtitle2>
      {props.error ? <Caption1 className={s.muted}>{props.error.bericht}</Caption1> : null}
      {!sel ? (
        <Caption1 className={s.muted}>
          {props.hint ??
            "Selecteer in een landelijk blad een gekleurde cel of een percentage: hier staat dan de regel, de invoer en de bron."}
        </Caption1>
      ) : !e ? (
        <Caption1 className={s.muted}>
          {sel.sheet}!{sel.address}: bij deze cel hoort geen oordeel of percentage.
        </Caption1>
      ) : (
        <>
          <Body1 className={s.text} data-testid="uitleg-titel">
            <strong>{e.titel}</strong> ({e.blad}!{e.cel}): {e.waarde}
          </Body1>
          <Body1 className={s.text} data-testid="uitleg-regel">
            <strong>Regel.</strong> {e.regel}
          </Body1>
          <div>
            <Body1>
              <strong>Invoer</strong>
            </Body1>
            <CappedList testId="uitleg-invoer" lines={e.invoer} />
          </div>
          <div>
            <Body1>
              <strong>Bron</strong>
            </Body1>
            {e.bron.length === 0 ? (
              <Caption1 className={s.muted}>Geen bron: de regio is niet ontvangen.</Caption1>
            ) : (
              <CappedList
                testId="uitleg-bron"
                lines={e.bron.map((b) => `Bron: ${b.regio ? `${b.regio} · ` : ""}${sourceText(b)}`)}
              />
            )}
          </div>
          {firstHere ? (
            <Button size="small" onClick={() => props.onGoto(firstHere.blad, firstHere.cel)}>
              Ga naar bron ({firstHere.blad}!{firstHere.cel})
            </Button>
          ) : e.bron.length > 0 ? (
            <Caption1 className={s.muted} data-testid="uitleg-elders">
              De bron staat in een ander bestand: open {e.bron[0].bestand} om de waarde te zien.
            </Caption1>
          ) : null}
        </>
      )}
    </section>
  );
}
