/**
 * The 30 regions of "Geweld hoort nergens thuis" (2018) with their municipalities, from the programme's
 * Bijlage 2 "Regio-indeling" (../shared/seeds/004_510e18e9a9d5bdcc.txt, lines 856–975), and the cleaning
 * that turns that annex into one list per region in which no municipality appears twice.
 *
 * The annex text was extracted from a PDF: hyphens are lost (`OuderAmstel`), names are broken over lines
 * (`Ferwerdera` / `deel`), some items are joined by `en` (`Wijchen en Zaltbommel`), a block is printed twice
 * (Flevoland, l. 874 and 882), a region name stands alone (`ArnhemAchterhoek`, l. 904), and the list holds
 * spelling variants (`St. Michielgestel` next to `St. Michielsgestel`, `Veldoven`, `Wormenland`), a merged
 * municipality (`Veghel`, part of Meierijstad since 1-1-2017), two different municipalities called `Bergen`
 * and municipalities listed under two regions (Weesp, Eemnes, Gennep). `cleanAnnex` handles each of these
 * with a rule and reports what it did, so that the result can be checked line by line.
 *
 * The region names and centrumgemeenten are those of data/ghnt-regios-2018.csv (the same annex, cleaned by
 * hand before), in the annex's order.
 */
import { fold } from "../../cells/text";

export interface AnnexBlock {
  /** The region's number in the annex (and in data/ghnt-regios-2018.csv). */
  regio: number;
  /** The lines of the annex with the municipalities, as extracted: [line number, text]. */
  regels: [number, string][];
}

/** [nr, region, centrumgemeente(n)], data/ghnt-regios-2018.csv. */
export const GHNT_REGIOS: [number, string, string[]][] = [
  [1, "Amsterdam-Amstelland", ["Amsterdam"]],
  [2, "Brabant Noordoost", ["'s-Hertogenbosch"]],
  [3, "Brabant West", ["Breda"]],
  [4, "Drenthe", ["Emmen"]],
  [5, "Flevoland", ["Almere"]],
  [6, "Friesland", ["Leeuwarden"]],
  [7, "West Veluwe Vallei", ["Ede"]],
  [8, "Arnhem-Achterhoek", ["Arnhem"]],
  [9, "Gelderland-Zuid", ["Nijmegen"]],
  [10, "Gooi en Vechtstreek", ["Hilversum"]],
  [11, "Groningen", ["Groningen"]],
  [12, "Haaglanden", ["Den Haag", "Delft"]],
  [13, "Hollands-Midden", ["Gouda", "Leiden"]],
  [14, "IJsselland", ["Zwolle"]],
  [15, "Kennemerland", ["Haarlem"]],
  [16, "Noord en Midden Limburg", ["Venlo"]],
  [17, "Noord en Oost Gelderland", ["Apeldoorn"]],
  [18, "Hart van Brabant", ["Tilburg"]],
  [19, "Alkmaar - West Friesland", ["Alkmaar"]],
  [20, "Kop van Noord-Holland", ["Den Helder"]],
  [21, "Rotterdam", ["Rotterdam"]],
  [22, "Zuid Hollandse eilanden", ["Nissewaard"]],
  [23, "Nieuwe Waterweg Noord", ["Vlaardingen"]],
  [24, "Twente", ["Enschede"]],
  [25, "Utrecht", ["Utrecht", "Amersfoort"]],
  [26, "Zaanstreek-Waterland", ["Zaanstad"]],
  [27, "Zeeland", ["Vlissingen"]],
  [28, "Drechtsteden-AV", ["Dordrecht"]],
  [29, "Zuid-Limburg", ["Heerlen", "Maastricht"]],
  [30, "Zuidoost-Brabant", ["Helmond", "Eindhoven"]],
];

/** Municipality names that contain ` en ` themselves: not split. */
const NAMES_WITH_EN = [
  "Aa en Hunze",
  "Berg en Dal",
  "Gilze en Rijen",
  "Kaag en Braassem",
  "Kollumerland en Nieuwkruisland",
  "Mill en Sint Hubert",
  "Mook en Middelaar",
  "Peel en Maas",
  "Son en Breugel",
  "West Maas en Waal",
];

/**
 * Known variants → one name for the municipality (misprints, two spellings in the annex, the official Frisian
 * names). Other names stay as the annex prints them (e.g. "Cuyk", "De Friese Meren"): they were not checked
 * against a register. A merged municipality becomes the one it merged into; the reason is reported.
 */
const VARIANTS: Record<string, { naam: string; reden: string }> = {
  "sint michielgestel": { naam: "Sint-Michielsgestel", reden: "spelling" },
  "sint michielsgestel": { naam: "Sint-Michielsgestel", reden: "spelling" },
  veghel: { naam: "Meierijstad", reden: "Veghel is sinds 1-1-2017 deel van Meierijstad" },
  veldoven: { naam: "Veldhoven", reden: "spelling" },
  wormenland: { naam: "Wormerland", reden: "spelling" },
  "goeree overflakkee": { naam: "Goeree-Overflakkee", reden: "spelling" },
  dantumadeel: { naam: "Dantumadiel", reden: "officiële (Friese) naam" },
  ferwerderadeel: { naam: "Ferwerderadiel", reden: "officiële (Friese) naam" },
  tietjerksteradeel: { naam: "Tytsjerksteradiel", reden: "officiële (Friese) naam" },
};

/** Two municipalities share a name: the region decides which one (CBS names). */
const SAME_NAME: Record<string, Record<number, string>> = {
  bergen: { 16: "Bergen (L)", 19: "Bergen (NH)" },
};

export interface CleaningNote {
  regio: string;
  /** The annex line the item is on. */
  regel: number;
  ruw: string;
  /** What it became; null when it was left out. */
  wordt: string | null;
  reden: string;
}

export interface CleanRegion {
  nr: number;
  naam: string;
  centrumgemeenten: string[];
  gemeenten: string[];
}

/** The text of a block's lines: a line ending in a space continues with a space, else inside a word. */
export function joinLines(regels: [number, string][]): { tekst: string; regelVan: (at: number) => number } {
  let tekst = "";
  const starts: [number, number][] = [];
  regels.forEach(([n, t], i) => {
    starts.push([tekst.length, n]);
    if (i > 0) {
      const prev = regels[i - 1][1];
      // A word broken over two lines: a capital starts a new part of a compound name (Midden-Groningen).
      if (!/\s$/.test(prev) && !/[,;]$/.test(prev.trimEnd()) && /^[A-Z]/.test(t)) tekst += "-";
    }
    tekst += t;
  });
  const regelVan = (at: number) => [...starts].reverse().find(([s]) => s <= at)?.[1] ?? regels[0][0];
  return { tekst, regelVan };
}

/** One name as the annex writes it → as it is spelled (hyphens back, `St.` → `Sint`, quotes). */
export function normaliseName(raw: string): string {
  return raw
    .replace(/[‘’`]/g, "'")
    .replace(/^'s\s+/, "'s-")
    .replace(/\bSt\.\s*/g, "Sint ")
    .replace(/([a-zß-ÿ])([A-Z])/g, "$1-$2")
    .replace(/\s+/g, " ")
    .replace(/\.$/, "")
    .trim();
}

/** Splits an item joined by `en` (`Wijchen en Zaltbommel`), unless the name itself has `en`. */
function splitEn(name: string): string[] {
  if (!/ en /.test(name) || NAMES_WITH_EN.some((n) => fold(n) === fold(name))) return [name];
  return name.split(/ en /).map((s) => s.trim());
}

/**
 * The annex cleaned: per region its municipalities, each once, in the annex's order; and a note for every
 * item that was changed or left out. A municipality listed under two regions stays with the first region
 * in the annex's order (the note names both).
 */
export function cleanAnnex(
  blocks: readonly AnnexBlock[],
  regios: readonly [number, string, string[]][] = GHNT_REGIOS,
): { regios: CleanRegion[]; notities: CleaningNote[] } {
  const out = new Map<number, CleanRegion>(
    regios.map(([nr, naam, centrum]) => [nr, { nr, naam, centrumgemeenten: centrum, gemeenten: [] }]),
  );
  const centrum = new Set(regios.flatMap(([, , c]) => c.map(fold)));
  const regionNames = new Set(regios.map(([, n]) => fold(n)));
  const owner = new Map<string, string>();
  const notities: CleaningNote[] = [];
  for (const block of blocks) {
    const region = out.get(block.regio);
    if (!region) throw new Error(`Bijlage 2: regio ${block.regio} staat niet in de lijst van regio's`);
    const note = (regel: number, ruw: string, wordt: string | null, reden: string) =>
      notities.push({ regio: region.naam, regel, ruw, wordt, reden });
    const { tekst, regelVan } = joinLines(block.regels);
    // Sub-region labels (`Holland Rijnland:`) are not municipalities.
    const parts: { ruw: string; at: number }[] = [];
    const re = /[^,;]+/g;
    for (let m = re.exec(tekst); m; m = re.exec(tekst)) {
      let ruw = m[0];
      let at = m.index;
      const label = /^\s*([^:]+):\s*/.exec(ruw);
      if (label) {
        note(regelVan(at), label[1].trim(), null, "naam van een deelregio, geen gemeente");
        at += label[0].length;
        ruw = ruw.slice(label[0].length);
      }
      if (ruw.trim() !== "") parts.push({ ruw: ruw.trim(), at });
    }
    for (const { ruw, at } of parts) {
      const regel = regelVan(at);
      const pieces = splitEn(normaliseName(ruw));
      if (pieces.length > 1) note(regel, ruw, pieces.join(" | "), "twee gemeenten met 'en' verbonden");
      for (const piece of pieces) {
        const redenen: string[] = [];
        let naam = piece;
        const variant = VARIANTS[fold(naam)];
        const same = SAME_NAME[fold(naam)]?.[block.regio];
        if (variant) {
          naam = variant.naam;
          redenen.push(variant.reden);
        }
        if (same) {
          naam = same;
          redenen.push("twee gemeenten met deze naam");
        }
        if (!variant && !same && pieces.length === 1 && naam !== ruw) redenen.push("schrijfwijze hersteld");
        const k = fold(naam);
        const first = owner.get(k);
        let drop: string | null = null;
        if (regionNames.has(k) && !centrum.has(k)) drop = "naam van een regio, geen gemeente";
        else if (first === region.naam) drop = "staat al in deze regio";
        else if (first !== undefined)
          drop = `staat ook bij ${first}; blijft daar (eerste vermelding in de bijlage)`;
        if (drop) redenen.push(drop);
        if (redenen.length > 0) note(regel, ruw, drop ? null : naam, redenen.join("; "));
        if (drop) continue;
        owner.set(k, region.naam);
        region.gemeenten.push(naam);
      }
    }
  }
  return { regios: [...out.values()], notities };
}
export const ANNEX_2: AnnexBlock[] = [
  {
    regio: 1,
    regels: [[859, "Amsterdam, Amstelveen, Aalsmeer, Diemen, Uithoorn, OuderAmstel"]],
  },
  {
    regio: 2,
    regels: [
      [861, "Bernheeze, Boekel, Boxmeer, Boxtel, Cuyk, Mill en St. Hubert, "],
      [862, "Landerd, Meierijstad, Oss, St. Michielgestel, ‘s Hertogenbosch,  "],
      [863, "St. Anthonis, St. Michielsgestel, Uden, Veghel"],
    ],
  },
  {
    regio: 3,
    regels: [
      [865, "Aalburg, AlphenChaam, BaarleNassau, Bergen op Zoom, Breda, "],
      [866, "Drimmelen, EttenLeur, Geertruidenberg, Halderberge, Moerdijk, "],
      [867, "Oosterhout, Roosendaal, Rucphen, Steenbergen, Werkendam, "],
      [868, "Woensdrecht, Woudrichem"],
    ],
  },
  {
    regio: 4,
    regels: [
      [870, "Aa en Hunze, Assen, BorgerOdoorn, Coevorden, Emmen, Hoogeveen, "],
      [871, "Meppel, MiddenDrenthe, Noordenveld, Tynaarlo, Westerveld, "],
      [872, "De Wolden"],
    ],
  },
  {
    regio: 5,
    regels: [[874, "Almere, Dronten, Lelystad, Noordoostpolder, Urk, Zeewolde"]],
  },
  {
    regio: 6,
    regels: [
      [876, "Achtkarspelen, Ameland, Dantumadeel , Dongeradeel, Ferwerdera"],
      [877, "deel, De Friese Meren, Harlingen, Heerenveen, Kollumerland en "],
      [878, "Nieuwkruisland, Leeuwarden, Ooststellingwerf, Opsterland, "],
      [879, "Schiermonnikoog, Smallingerland, SúdwestFryslân, Terschelling, "],
      [880, "Tietjerksteradeel, Vlieland, Waadhoeke, Weststellingwerf"],
    ],
  },
  {
    regio: 5,
    regels: [[882, "Almere, Dronten, Lelystad, Noordoostpolder, Urk, Zeewolde"]],
  },
  {
    regio: 7,
    regels: [[884, "Barneveld, Ede, Nijkerk, Scherpenzeel, Wageningen"]],
  },
  {
    regio: 8,
    regels: [
      [886, "Arnhem, Doesburg, Duiven, Lingewaard, Overbetuwe, Renkum, "],
      [887, "Rheden, Rozendaal, Westervoort en Zevenaar, Aalten, Berkelland, "],
      [888, "Bronckhorst, Doetinchem, Montferland, Oost Gelre, Oude IJssel"],
      [889, "streek, Winterswijk"],
    ],
  },
  {
    regio: 9,
    regels: [
      [891, "Beuningen, Buren, Culemborg, Druten, Geldermalsen, Gennep,  "],
      [892, "Berg en Dal, Heumen, Lingewaal, Maasdriel, Mook en Middelaar, "],
      [893, "NederBetuwe, Neerijnen, Nijmegen, Tiel, West Maas en Waal, "],
      [894, "Wijchen en Zaltbommel"],
    ],
  },
  {
    regio: 10,
    regels: [
      [896, "Blaricum, Gooise Meren, Hilversum, Huizen, Laren, Weesp, "],
      [897, "Wijdemeren, Eemnes "],
    ],
  },
  {
    regio: 11,
    regels: [
      [899, "Appingedam, Bedum, Ten Boer, Delfzijl, Eemsmond, Groningen, "],
      [900, "Grootegast, Haren, Leek, Loppersum, De Marne, Marum, Midden"],
      [901, "Groningen, Oldambt, Pekela, Stadskanaal, Veendam, Westerwolde, "],
      [902, "Winsum, Zuidhorn"],
    ],
  },
  {
    regio: 8,
    regels: [[904, "ArnhemAchterhoek"]],
  },
  {
    regio: 12,
    regels: [
      [906, "Delft, Den Haag, LeidschendamVoorburg, MiddenDelfland, "],
      [907, "PijnackerNootdorp, Rijswijk, Wassenaar, Westland, Zoetermeer"],
    ],
  },
  {
    regio: 13,
    regels: [
      [909, "Holland Rijnland: Alphen aan den Rijn, Hillegom, Kaag en Braassem, "],
      [910, "Katwijk, Leiden, Leiderdorp, Lisse, Nieuwkoop, Noordwijk,  "],
      [911, "Noordwijkerhout, Oegstgeest, Teylingen, Voorschoten, Zoeterwoude, "],
      [912, "MiddenHolland: Gouda, Waddinxveen, Zuidplas, Bodegraven"],
      [913, "Reeuwijk, Krimpenerwaard"],
    ],
  },
  {
    regio: 14,
    regels: [
      [915, "Dalfsen, Deventer, Hardenberg, Kampen, OlstWijhe, Ommen, "],
      [916, "Raalte, Staphorst, Steenwijkerland, Zwartewaterland, Zwolle"],
    ],
  },
  {
    regio: 15,
    regels: [
      [918, "Beverwijk, Bloemendaal, Haarlem, Haarlemmermeer, Haarlemmer"],
      [919, "liede, Heemstede, Heemskerk, Velsen, Zandvoort"],
    ],
  },
  {
    regio: 16,
    regels: [
      [921, "Bergen, Beesel, EchtSusteren, Gennep, Horst aan de Maas, Leudal, "],
      [922, "Maasgouw, Nederweert, Peel en Maas, Roerdalen, Roermond, Venlo, "],
      [923, "Venray, Weert. "],
    ],
  },
  {
    regio: 17,
    regels: [
      [925, "Apeldoorn, Brummen, Epe, Elburg, Ermelo, Harderwijk, Hattem, "],
      [926, "Heerde, Lochem, Nunspeet, Oldebroek, Putten, Voorst en Zutphen"],
    ],
  },
  {
    regio: 18,
    regels: [
      [928, "Dongen, Gilze en Rijen, Goirle, Heusden, Hilvarenbeek, Loon op "],
      [930, "Zand, Oisterwijk, Tilburg en Waalwijk"],
    ],
  },
  {
    regio: 19,
    regels: [
      [932, "Alkmaar, Bergen, Castricum, Heerhugowaard, Heiloo, Langedijk, "],
      [933, "Uitgeest, Stede Broec, Enkhuizen, Drechterland, Koggenland, "],
      [934, "Opmeer, Medemblik, Hoorn"],
    ],
  },
  {
    regio: 20,
    regels: [[936, "Den Helder, Schagen, Texel, Hollands Kroon"]],
  },
  {
    regio: 21,
    regels: [
      [938, "Rotterdam, Capelle aan den IJssel, Krimpen aan den IJssel,  "],
      [939, "Barendrecht, Albrandswaard, Ridderkerk, Lansingerland"],
    ],
  },
  {
    regio: 22,
    regels: [
      [941, "Binnenmaas, Cromstrijen, Korendijk, OudBeijerland en Strijen, "],
      [942, "Brielle, Goeree Overflakkee, Hellevoetsluis, Nissewaard"],
    ],
  },
  {
    regio: 23,
    regels: [[944, "Maassluis, Vlaardingen, Schiedam"]],
  },
  {
    regio: 24,
    regels: [
      [946, "Enschede, Almelo, Hengelo, Hof van Twente, Haaksbergen, Losser, "],
      [947, "Wierden, Borne, Dinkelland, Oldenzaal, Hellendoorn, Twenterand, "],
      [948, "RijssenHolten en Tubbergen"],
    ],
  },
  {
    regio: 25,
    regels: [
      [950, "Utrecht, De Ronde Venen, Stichtse Vecht, Montfoort, Oudewater, "],
      [951, "Weesp, Woerden, IJsselstein, Lopik, Nieuwegein, Houten, Vianen,  "],
      [952, "De Bilt, Bunnik, Utrechtse Heuvelrug, Wijk bij Duurstede, Zeist, "],
      [953, "Amersfoort, Baarn, Bunschoten, Eemnes, Leusden, Soest , Wouden"],
      [954, "berg, Veenendaal, Rhenen, Renswoude "],
    ],
  },
  {
    regio: 26,
    regels: [
      [956, "Beemster, EdamVolendam, Landsmeer, Oostzaan, Purmerend, "],
      [957, "Waterland, Wormenland, Zaanstad"],
    ],
  },
  {
    regio: 27,
    regels: [
      [959, "Borsele, Goes, Kapelle, NoordBeveland, Reimerswaal, Schouwen"],
      [960, "Duiveland, Tholen; Middelburg, Veere, Vlissingen; Hulst, Sluis, "],
      [961, "Terneuzen"],
    ],
  },
  {
    regio: 28,
    regels: [
      [963, "Dordrecht, Zwijndrecht, HendrikIdoAmbacht, Papendrecht, "],
      [964, "Sliedrecht, Alblasserdam, HardinxveldGiessendam, Leerdam, "],
      [965, "Zederik, Giessenlanden, Molenwaard, Gorinchem"],
    ],
  },
  {
    regio: 29,
    regels: [
      [967, "SittardGeleen, Maastricht, Heerlen, Voerendaal, Beek, Vaals, "],
      [968, "Schinnen, Nuth, Onderbanken, Brunssum, Landgraaf, Valkenburg aan "],
      [969, "de Geul, Meerssen, Stein, Kerkrade, GulpenWittem, Simpelveld en "],
      [970, "EijsdenMargraten"],
    ],
  },
  {
    regio: 30,
    regels: [
      [972, "Asten, Someren, Laarbeek, GemertBakel, Deurne, Best, Oirschot, "],
      [973, "Veldoven, Eersel, Bladel, ReuselDe Mierden, Bergeijk, Valkenswaard, "],
      [974, "HeezeLeende, Cranendonck, GeldropMierlo, Nuenen, Waalre, Son "],
      [975, "en Breugel, Helmond, Eindhoven"],
    ],
  },
];
