/** Parts that the built-in monitors share. */
import type { MonitorInput } from "../schema";

/** Rood > Oranje > Grijs > Groen, labelled in Dutch. */
export const STANDARD_RAG: MonitorInput["rag"] = {
  volgorde: ["rood", "oranje", "grijs", "groen"],
  labels: { groen: "Groen", oranje: "Oranje", rood: "Rood", grijs: "Grijs" },
};
