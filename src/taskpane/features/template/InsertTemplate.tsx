/** In an empty or foreign workbook: "Standaardwerkmap invoegen" with region, Meetmoment and Peildatum. */
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import type { Monitor } from "../../../core/model/schema";
import { unitNames } from "../../../core/model";
import type { PaneHost } from "../../host";
import { useTemplateInserter } from "./useTemplateInserter";
import { meetmomentOptions, peildatumRequired } from "../../../core";
import { Notice } from "../../shared/Notice";
import { paneNotice } from "../../shared/notices";
import type { PaneRound } from "../previous/usePreviousRound";
import { roundTemplateNote } from "../../../core/app/previous-round";
import { insertIntro, unitLabel } from "../../../core";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export function InsertTemplate(props: {
  host: PaneHost;
  def: Monitor;
  onInserted: () => void;
  /** A loaded previous round: the workbook gets the unit's previous answers. */
  vorige?: PaneRound | null;
}) {
  const s = useStyles();
  const { def } = props;
  const [regio, setRegio] = useState("");
  const [meetmoment, setMeetmoment] = useState(meetmomentOptions(def)[0] ?? "");
  const [peildatum, setPeildatum] = useState("");
  const required = peildatumRequired(def);
  const { busy, fouten, error, insert } = useTemplateInserter(
    props.host,
    def,
    props.onInserted,
    props.vorige,
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void insert({ regio, meetmoment, peildatum });
  };

  return (
    <section aria-labelledby="invoegen-kop">
      <Subtitle2 as="h2" id="invoegen-kop" block>
        Standaardwerkmap invoegen
      </Subtitle2>
      <Body1 as="p" block>
        {insertIntro(def)}
      </Body1>
      <form className={s.form} onSubmit={submit} noValidate>
        <Field label={unitLabel(def)} required validationMessage={fouten.regio}>
          <Select value={regio} onChange={(_, d) => setRegio(d.value)} data-testid="regio">
            <option value="">Kies uw {unitLabel(def).toLowerCase()}…</option>
            {unitNames(def).map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Meetmoment" required validationMessage={fouten.meetmoment}>
          <RadioGroup layout="horizontal" value={meetmoment} onChange={(_, d) => setMeetmoment(d.value)}>
            {meetmomentOptions(def).map((m) => (
              <Radio key={m} value={m} label={m} />
            ))}
          </RadioGroup>
        </Field>
        <Field
          label={required ? "Peildatum" : "Peildatum (optioneel)"}
          required={required}
          hint="Als dd-mm-jjjj, bijvoorbeeld 15-01-2011: de datum waarop de gegevens gelden."
          validationMessage={fouten.peildatum}
        >
          <Input value={peildatum} onChange={(_, d) => setPeildatum(d.value)} placeholder="dd-mm-jjjj" />
        </Field>
        {props.vorige && regio ? (
          <Caption1 data-testid="vorige-ronde-uitleg">
            {roundTemplateNote(def, props.vorige.round, regio)}
          </Caption1>
        ) : null}
        {error ? (
          <Notice melding={paneNotice("taakvenster_invoegen_mislukt", { reden: error.bericht })} />
        ) : null}
        <div className={s.actions}>
          <Button appearance="primary" type="submit" disabledFocusable={busy}>
            Standaardwerkmap invoegen
          </Button>
          {busy ? <Spinner size="tiny" label="Bezig met invoegen…" /> : null}
        </div>
      </form>
    </section>
  );
}
