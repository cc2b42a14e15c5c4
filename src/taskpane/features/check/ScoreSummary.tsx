/** Scores of a check: invulgraad per sheet (with "waarvan onbekend"), voortgang, the unit's and every row's judgement. */
import { Body1, Caption1, ProgressBar, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { usePaneStyles } from "../../shared/styles";
import type { Monitor } from "../../../core/model/schema";
import { rowsTable } from "../../../core/model";
import type { UnitScore } from "../../../core/engine/score";
import { formatPercent } from "../../../core/cells/text";
import { ragLabel } from "../../../core";
import { judgementHeading } from "../../../core";
import { noTotalText, vocabulary } from "../../../core/model/vocabulary";
import { RagBadge } from "../../shared/RagBadge";

const useStyles = makeStyles({
  judged: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalS },
});

/**
 * `voorlopig`: the coordinator is still filling in (no real mistakes, the final check not asked for); the
 * judgement of the completion then waits, instead of calling every empty cell Rood.
 */
export function ScoreSummary(props: { def: Monitor; score: UnitScore; voorlopig?: boolean }) {
  const s = { ...usePaneStyles(), ...useStyles() };
  const { def, score } = props;
  const L = def.rag.labels;
  const w = vocabulary(def);
  const t = score.invulgraad.totaal;
  const voortgangTable = def.scores.voortgang ? rowsTable(def, def.scores.voortgang.tabel) : undefined;

  return (
    <>
      <section className={s.section} aria-labelledby="invulgraad-kop">
        <Subtitle2 as="h2" id="invulgraad-kop">
          Invulgraad
        </Subtitle2>
        <ul className={s.items}>
          {Object.entries(score.invulgraad.perBlad).map(([blad, c]) => (
            <li key={blad} data-testid={`invulgraad-${blad}`}>
              <div className={s.line}>
                <Body1>{blad}</Body1>
                <Body1>{formatPercent(c.fractie)}</Body1>
              </div>
              <ProgressBar
                value={c.fractie}
                thickness="medium"
                aria-label={`Invulgraad ${blad}: ${formatPercent(c.fractie)}`}
              />
              <Caption1 className={s.muted}>
                {c.ingevuld} van {c.vereist} verplichte cellen, waarvan onbekend: {c.onbekend}
              </Caption1>
            </li>
          ))}
          <li data-testid="invulgraad-totaal">
            <div className={s.line}>
              <Body1>
                <strong>Werkmap</strong>
              </Body1>
              <Body1>
                <strong>{formatPercent(t.fractie)}</strong>
              </Body1>
            </div>
            <Caption1 className={s.muted}>
              {t.ingevuld} van {t.vereist} verplichte cellen, waarvan onbekend: {t.onbekend}
            </Caption1>
            <div className={s.judged} data-testid="oordeel-invulling">
              {props.voorlopig ? (
                <Caption1 className={s.text}>
                  <strong>Oordeel invulling.</strong> Volgt als alles is ingevuld of na de eindcontrole.
                </Caption1>
              ) : (
                <>
                  <RagBadge rag={score.invulling.rag} label={ragLabel(score.invulling.rag, L)} />
                  <Caption1 className={s.text}>
                    <strong>Oordeel invulling.</strong> {score.invulling.uitleg}
                  </Caption1>
                </>
              )}
            </div>
          </li>
        </ul>
      </section>

      {score.voortgang || score.eenheid ? (
        <section className={s.section} aria-labelledby="voortgang-kop">
          <Subtitle2 as="h2" id="voortgang-kop">
            Voortgang en oordeel
          </Subtitle2>
          {score.voortgang ? (
            <>
              <div className={s.line} data-testid="voortgang">
                <Body1>Voortgang {voortgangTable?.rijNaamMeervoud ?? ""}</Body1>
                <Body1>{formatPercent(score.voortgang.fractie)}</Body1>
              </div>
              <Caption1 className={s.text}>{score.voortgang.uitleg}</Caption1>
            </>
          ) : null}
          {score.eenheid && w.totaaloordeel ? (
            <div className={s.judged} data-testid="oordeel-regio">
              <RagBadge rag={score.eenheid.rag} label={ragLabel(score.eenheid.rag, L)} />
              <Body1 className={s.text}>
                <strong>{judgementHeading(def)}.</strong> {score.eenheid.uitleg}
              </Body1>
            </div>
          ) : score.eenheid ? (
            <Caption1 className={s.muted} data-testid="geen-totaaloordeel">
              {noTotalText(w)}
            </Caption1>
          ) : null}
        </section>
      ) : null}

      {Object.entries(score.oordelen).map(([tid, judgements]) => {
        const table = rowsTable(def, tid);
        if (!table) return null;
        const label = (key: string) =>
          table.rijen.find((r) => r.waarden[table.sleutel] === key)?.waarden[table.label] ?? "";
        return (
          <section key={tid} className={s.section} aria-labelledby={`oordelen-${tid}-kop`}>
            <Subtitle2 as="h2" id={`oordelen-${tid}-kop`}>
              {table.blad}
            </Subtitle2>
            <ul className={s.items}>
              {judgements.map((m) => (
                <li
                  key={m.sleutel}
                  className={s.judged}
                  data-testid={`${table.rijNaam.toLowerCase()}-${m.sleutel}`}
                >
                  <RagBadge rag={m.geldt ? m.rag : null} label={m.geldt ? ragLabel(m.rag, L) : "n.v.t."} />
                  <div className={s.text}>
                    <Body1 block>
                      <strong>{m.sleutel}</strong> {label(m.sleutel)}
                    </Body1>
                    <Caption1 className={s.muted}>{m.uitleg}</Caption1>
                  </div>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
