/**
 * Errors of the Office.js adapter: the ones it throws on purpose (typed, with a Dutch message) and a
 * translation of Office.js error codes into Dutch messages that say what to do.
 */
import { sheetNameTakenMessage } from "../core/sheet-model";

/** The add-in refused on purpose; nothing was changed. The message says why and what to do. */
export class ExcelRefusalError extends Error {}

/** A sheet the add-in wants to write has the name of a sheet the user made. */
export class SheetNameTakenError extends ExcelRefusalError {
  constructor(readonly sheet: string) {
    super(sheetNameTakenMessage(sheet));
    this.name = "SheetNameTakenError";
  }
}

/** The standard workbook cannot be inserted: one of its sheets or tables is already there. */
export class TemplateExistsError extends ExcelRefusalError {
  constructor(
    readonly existing: string,
    readonly kind: "blad" | "tabel",
  ) {
    super(
      kind === "blad"
        ? `Deze werkmap heeft al een blad '${existing}'. De standaardwerkmap wordt alleen ingevoegd in een werkmap zonder de standaardbladen; gebruik een nieuwe, lege werkmap of hernoem of verwijder het blad '${existing}' en probeer het opnieuw.`
        : `Deze werkmap heeft al een tabel '${existing}'. De standaardwerkmap wordt alleen ingevoegd in een werkmap zonder de standaardtabellen; gebruik een nieuwe, lege werkmap of hernoem die tabel (Tabelontwerp > Tabelnaam) en probeer het opnieuw.`,
    );
    this.name = "TemplateExistsError";
  }
}

/** The sheet to go to is no longer in the workbook (renamed or deleted since the check). */
export class SheetMissingError extends ExcelRefusalError {
  constructor(readonly sheet: string) {
    super(
      `Het blad '${sheet}' staat niet (meer) in deze werkmap; het is misschien hernoemd of verwijderd. Controleer de werkmap opnieuw.`,
    );
    this.name = "SheetMissingError";
  }
}

/** The error code of an Office.js error (`OfficeExtension.Error.code`), or null. */
export function officeErrorCode(e: unknown): string | null {
  if (e && typeof e === "object" && "code" in e && typeof (e as { code: unknown }).code === "string")
    return (e as { code: string }).code;
  return null;
}

/**
 * The Excel versions that have ExcelApi 1.9, the set manifest.xml declares (Microsoft, "Excel JavaScript API
 * requirement sets": Windows Version 1903 (build 11425.20204), also Office 2021 volume licence; Mac 16.24;
 * Excel on the web; iPad). Office 2019 volume licence stops at 1.7. Kept in step with docs/addin.md.
 */
export const SUPPORTED_EXCEL =
  "Microsoft 365 of Office 2021 en nieuwer op Windows (Excel versie 1903 of later), Excel voor Mac 16.24 of later, of Excel voor het web";

/** For a host without something the add-in needs: what to use instead. */
const TOO_OLD = `Deze Excel-versie mist iets wat Regiomonitor nodig heeft (Excel API 1.9). Werk Office bij (Bestand > Account > Bijwerkopties > Nu bijwerken) of gebruik ${SUPPORTED_EXCEL}.`;

const MESSAGES: Record<string, string> = {
  InvalidOperationInCellEditMode:
    "Excel is bezig met het bewerken van een cel. Druk op Enter of Esc en probeer het opnieuw.",
  AccessDenied:
    "Excel staat de wijziging niet toe: een blad of de werkmapstructuur is beveiligd, of de werkmap is alleen-lezen. Hef de beveiliging op (Controleren > Beveiliging blad/werkmap opheffen) of open een bewerkbare kopie, en probeer het opnieuw.",
  ApiNotFound: TOO_OLD,
  UnsupportedFeature: TOO_OLD,
  NotImplemented: TOO_OLD,
  ItemNotFound:
    "Excel kan een blad of tabel niet (meer) vinden; het is misschien net hernoemd of verwijderd. Controleer de werkmap opnieuw.",
  ItemAlreadyExists:
    "Er bestaat al een blad of tabel met die naam in deze werkmap. Hernoem of verwijder het en probeer het opnieuw.",
  RequestPayloadSizeLimitExceeded:
    "Er gaan te veel gegevens in één keer naar Excel (Excel voor het web staat maximaal 5 MB per keer toe). Maak de tabellen kleiner (minder rijen of kortere teksten) of gebruik Excel op de computer.",
  ResponsePayloadSizeLimitExceeded:
    "Er komen te veel gegevens in één keer uit Excel (Excel voor het web staat maximaal 5 MB per keer toe). Verwijder lege of overbodige rijen en kolommen uit de bladen van de monitor of gebruik Excel op de computer.",
  RangeExceedsLimit:
    "Een blad is te groot om in één keer te lezen. Verwijder lege of overbodige rijen en kolommen uit de bladen van de monitor en probeer het opnieuw.",
  GeneralException:
    "Excel meldt een algemene fout. Probeer het opnieuw; blijft het gebeuren, sla de werkmap op, sluit het taakvenster en open het opnieuw (of start Excel opnieuw).",
  InvalidSelection:
    "Excel kan die cel nu niet selecteren. Klik eerst in het werkblad en probeer het opnieuw.",
  RequestAborted: "Excel heeft de opdracht afgebroken. Probeer het opnieuw.",
};

/**
 * A Dutch message with what to do for any error the adapter (or Office.js) throws. Refusals keep their own
 * message; unknown errors include the original message so it can be passed on to support.
 */
export function toDutchError(e: unknown): string {
  if (e instanceof ExcelRefusalError) return e.message;
  const code = officeErrorCode(e);
  if (code && MESSAGES[code]) return MESSAGES[code];
  const message = e instanceof Error ? e.message : typeof e === "string" ? e : JSON.stringify(e);
  if (/requirement set|ApiNotFound/i.test(message ?? "")) return TOO_OLD;
  return `Excel meldt een onverwachte fout${code ? ` (${code})` : ""}: ${message}. Probeer het opnieuw; blijft het gebeuren, sla de werkmap op en open het taakvenster opnieuw.`;
}
