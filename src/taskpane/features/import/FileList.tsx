/** The picked files with their status: gelezen (· N fouten), overgeslagen with the reason, dubbel, niet meegeteld. */
import { Badge, Body1, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { usePaneStyles } from "../../shared/styles";
import type { FileLine, FileState } from "./national";

const useStyles = makeStyles({
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  // A long status ("dubbel, niet meegeteld · 1 fout") wraps inside its badge instead of running out of it.
  badge: {
    flexShrink: 0,
    maxWidth: "55%",
    height: "auto",
    minHeight: "20px",
    whiteSpace: "normal",
    overflowWrap: "anywhere",
    textAlign: "center",
    paddingTop: "2px",
    paddingBottom: "2px",
  },
});

const COLOUR: Record<FileState, "informative" | "subtle" | "success" | "danger" | "warning"> = {
  wachten: "subtle",
  bezig: "informative",
  gelezen: "success",
  overgeslagen: "danger",
  dubbel: "warning",
};

export function FileList(props: { lines: readonly FileLine[] }) {
  const s = { ...usePaneStyles(), ...useStyles() };
  return (
    <section className={s.section} aria-labelledby="bestanden-kop">
      <Subtitle2 as="h2" id="bestanden-kop">
        Bestanden ({props.lines.length})
      </Subtitle2>
      <ul className={s.items} data-testid="bestandenlijst">
        {props.lines.map((l, i) => (
          <li key={`${i}-${l.bestand}`} className={s.item} data-bestand={l.bestand} data-status={l.state}>
            <div className={s.line}>
              <Body1 className={s.text}>{l.bestand}</Body1>
              <Badge appearance="tint" color={COLOUR[l.state]} shape="rounded" className={s.badge}>
                {l.label}
              </Badge>
            </div>
            {l.reden ? <Caption1 className={s.muted}>{l.reden}</Caption1> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
