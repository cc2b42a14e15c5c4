/** Standaardwerkmap invoegen: validates the form, builds the core's template and lets the host insert it. */
import { useCallback, useState } from "react";
import type { Monitor } from "../../../core/model/schema";
import { buildTemplate } from "../../../core/engine/template";
import type { HostErrorText, PaneHost } from "../../host";
import { checkTemplateForm, type TemplateForm } from "../../../core";
import { templateFromRound } from "../../../core/app/previous-round";
import type { PaneRound } from "../previous/usePreviousRound";

export function useTemplateInserter(
  host: PaneHost,
  def: Monitor,
  onInserted: () => void,
  /** A loaded previous round: the unit's previous answers beside each item (`template --vorige`). */
  vorige?: PaneRound | null,
): {
  busy: boolean;
  fouten: Partial<Record<keyof TemplateForm, string>>;
  error: HostErrorText | null;
  insert: (form: TemplateForm) => Promise<void>;
} {
  const [busy, setBusy] = useState(false);
  const [fouten, setFouten] = useState<Partial<Record<keyof TemplateForm, string>>>({});
  const [error, setError] = useState<HostErrorText | null>(null);

  const insert = useCallback(
    async (form: TemplateForm) => {
      const c = checkTemplateForm(def, form);
      setError(null);
      if (!c.ok) {
        setFouten(c.fouten);
        return;
      }
      setFouten({});
      setBusy(true);
      try {
        if (vorige) {
          const t = templateFromRound(def, vorige, { ...c.options, eenheid: form.regio });
          if (!t.ok) {
            setError({ bericht: t.fout, geweigerd: true });
            return;
          }
          await host.insertTemplate(t.model);
        } else await host.insertTemplate(buildTemplate(def, c.options));
        onInserted();
      } catch (e) {
        setError(host.describeError(e));
      } finally {
        setBusy(false);
      }
    },
    [host, def, onInserted, vorige],
  );

  return { busy, fouten, error, insert };
}
