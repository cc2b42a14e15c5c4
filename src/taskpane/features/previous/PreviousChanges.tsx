/**
 * "Sinds de vorige ronde": what changed in this return since the unit's previous round (a loaded round), each
 * change with its previous and its current answer; a click goes to the cell. The core compares
 * (core/app/previous-round.ts `checkWithRound`); answers left unchanged where the definition asks a fresh one
 * are among the warnings of the check.
 */
import { Body1, Caption1, Link, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { RoundCheck } from "../../../core/app/previous-round";
import { Notice } from "../../shared/Notice";
import { paneNotice } from "../../shared/notices";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  title: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  text: { overflowWrap: "anywhere" },
});

export function PreviousChanges(props: {
  result: RoundCheck;
  bestand: string;
  onSelect: (blad: string, cel: string) => void;
}) {
  const s = useStyles();
  const r = props.result;
  return (
    <section className={s.root} aria-labelledby="sinds-vorige-kop" data-testid="sinds-vorige">
      <Subtitle2 as="h2" id="sinds-vorige-kop" className={s.title}>
        Sinds de vorige ronde
      </Subtitle2>
      {!r.ok ? (
        <Notice melding={paneNotice("taakvenster_niet_vergeleken", { reden: r.fout })} />
      ) : (
        <>
          <Body1 className={s.text} data-testid="sinds-vorige-samenvatting">
            {r.regels[0]}
          </Body1>
          {r.vorige.wijzigingen.length > 0 ? (
            <ul className={s.list} data-testid="sinds-vorige-wijzigingen">
              {r.vorige.wijzigingen.map((w) => {
                const text = `${w.blad} ${w.sleutel}${w.sleutel === w.label ? "" : ` ${w.label}`}: ${w.vorige ?? "(leeg)"} → ${w.nu ?? "(leeg)"}`;
                const [blad, cel] = w.cel
                  ? [w.cel.slice(0, w.cel.lastIndexOf("!")), w.cel.slice(w.cel.lastIndexOf("!") + 1)]
                  : [null, null];
                return (
                  <li key={`${w.blad}:${w.sleutel}`} className={s.text}>
                    {blad && cel ? (
                      <Link as="button" onClick={() => props.onSelect(blad, cel)}>
                        {text}
                      </Link>
                    ) : (
                      <Caption1>{text}</Caption1>
                    )}
                  </li>
                );
              })}
            </ul>
          ) : null}
          <Caption1>Vorige ronde: {props.bestand}.</Caption1>
        </>
      )}
    </section>
  );
}
