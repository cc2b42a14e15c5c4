/** Standaardwerkmap invoegen: validates the form, builds the core's template and lets the host insert it. */
import { useCallback, useState } from "react";
import type { Monitor } from "../../core/model/schema";
import { buildTemplate } from "../../core/engine/template";
import type { HostErrorText, PaneHost } from "../host";
import { checkTemplateForm, type TemplateForm } from "../logic/template-form";

export function useTemplateInserter(
  host: PaneHost,
  def: Monitor,
  onInserted: () => void,
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
        await host.insertTemplate(buildTemplate(def, c.options));
        onInserted();
      } catch (e) {
        setError(host.describeError(e));
      } finally {
        setBusy(false);
      }
    },
    [host, def, onInserted],
  );

  return { busy, fouten, error, insert };
}
