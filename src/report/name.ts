/** The file name a saved report gets: the monitor's id and the last Peildatum of the round. */
import type { NationalJson } from "../core/engine/json";

export function reportFileName(json: NationalJson): string {
  const tot = json.ronde?.peildatumTot;
  const datum = tot ? `-${tot.split("-").reverse().join("-")}` : "";
  return `rapport-${json.definitie.id}${datum}.html`.replace(/[^A-Za-z0-9._-]+/g, "-");
}
