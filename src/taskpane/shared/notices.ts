/** The pane's notices as messages of the catalogue (src/core/issues.ts, the block "pane notices"). */
import { makeIssue, type Issue, type IssueCode, type IssueData, type IssueFor } from "../../core/issues";
import type { HostErrorText } from "../host";

/** A notice of the catalogue, about the file `bestand` (empty: about the pane's own work). */
export function paneNotice<C extends IssueCode>(code: C, data: IssueData<C>, bestand = ""): IssueFor<C> {
  return makeIssue(code, { bestand }, data);
}

/** A write that did not happen: refused on purpose (a warning) or failed (an error), in the host's words. */
export function writeFailure(t: HostErrorText): Issue {
  return t.geweigerd
    ? paneNotice("taakvenster_niet_geschreven", { reden: t.bericht })
    : paneNotice("taakvenster_schrijven_mislukt", { reden: t.bericht });
}

/** A status line of the catalogue (tagged `status`), as the text the pane shows. */
export function statusText<C extends IssueCode>(code: C, data: IssueData<C>, bestand = ""): string {
  return paneNotice(code, data, bestand).bericht;
}
