/**
 * The points of the RAAK checklist, from Bijlage 2 "Zorgcontinuüm en 35 punten RAAK" of the Actieplan aanpak
 * kindermishandeling "Kinderen veilig thuis" (2007), `../shared/seeds/001_27f7e4397c35df91.txt` lines
 * 1913–2207. The annex gives its points as running text per level of the zorgcontinuüm, not as numbered
 * items: each point below is one requirement of that text, written as a checklist statement (what is in
 * place in the region) by us, with the line(s) it comes from. The annex's title says 35; the extracted
 * text splits into the 37 points below. Its two general starting points (lines 1916–1923: an attitude of
 * 'child advocacy', no projects with a small reach) are not checkable per region and are left out.
 */

/** The five levels of the zorgcontinuüm, as the annex heads them (line numbers in the seed file). */
export const NIVEAUS = {
  A: "Universele preventie", // line 1927
  B: "Selectieve preventie", // line 1971
  C: "Geïndiceerde preventie", // line 2008
  D: "Vroege interventies bij risicotrajecten", // lines 2040–2041
  E: "Hulpverlening en/of bescherming", // line 2139
} as const;

/** [nr, level letter, point, source lines]. */
export const PUNTEN: [string, keyof typeof NIVEAUS, string, string][] = [
  ["A1", "A", "Voorlichtingscampagnes over kindermishandeling worden steeds herhaald.", "1929"],
  [
    "A2",
    "A",
    "Voorlichtingsmateriaal over kindermishandeling ligt zichtbaar in alle voorzieningen voor ouders, kinderen en jongeren.",
    "1929–1933",
  ],
  [
    "A3",
    "A",
    "Huisartsen, jeugdgezondheidszorg, kinderopvang en onderwijs hebben deskundigheid en faciliteiten voor opvoedingsondersteuning.",
    "1935–1939",
  ],
  [
    "A4",
    "A",
    "Er zijn groepsbijeenkomsten kort voor of na de geboorte voor alle (aanstaande) ouders, met voorlichting over opvoeden en ouderrollen.",
    "1941–1943",
  ],
  [
    "A5",
    "A",
    "Daarna zijn er groepsconsultatiebureaus of andere groepsbijeenkomsten voor alle ouders over ouderschap, opvoeden en opgroeien.",
    "1945–1947",
  ],
  [
    "A6",
    "A",
    "Er zijn herkenbare punten bij reguliere voorzieningen met informatie over opvoeden en opgroeien.",
    "1949–1951",
  ],
  [
    "A7",
    "A",
    "Deze punten verwijzen door naar andere informatie- en adviespunten, zoals de opvoedtelefoon en websites.",
    "1953–1955",
  ],
  [
    "A8",
    "A",
    "Er zijn pedagogische spreekuren bij reguliere voorzieningen voor ouders van kinderen van alle leeftijden.",
    "1957–1959",
  ],
  [
    "A9",
    "A",
    "Alle scholen hebben programma's voor kinderen over geweld en misbruik, binnen en buiten het gezin.",
    "1961–1967",
  ],
  [
    "B1",
    "B",
    "In wijken met meer opvoedingsproblemen is reguliere zorg en ondersteuning beter beschikbaar en vraaggestuurd.",
    "1973–1977",
  ],
  ["B2", "B", "Er worden geen aparte interventies voor één doelgroep of risicogroep ingezet.", "1979"],
  [
    "B3",
    "B",
    "Buurtgerichte programma's voor de pedagogische infrastructuur betrekken alle ouders intensief.",
    "1981–1987",
  ],
  ["B4", "B", "Gezinsbegeleiding (home visiting) is onderdeel van deze buurtprogramma's.", "1987–1991"],
  [
    "B5",
    "B",
    "Bij VVE-programma's in wijken hoort een intensieve oudermodule, breder dan de cognitieve ontwikkeling.",
    "1994–2004",
  ],
  [
    "C1",
    "C",
    "Geïndiceerde preventie wordt alleen ingezet bij groepen met extreem veel risicofactoren die anders niet bereikt worden.",
    "2010–2036",
  ],
  [
    "D1",
    "D",
    "Professionals die met ouders en kinderen werken, vooral in de jeugdgezondheidszorg, zijn getraind in gespreksvoering om signalen te herkennen.",
    "2042–2048",
  ],
  [
    "D2",
    "D",
    "Jongeren kunnen zelf bij een vertrouwenspersoon in de jeugdgezondheidszorg terecht.",
    "2050–2052",
  ],
  [
    "D3",
    "D",
    "Er wordt outreachend geïnvesteerd in het bereik van de jeugdgezondheidszorg en de peuterspeelzalen.",
    "2054–2060",
  ],
  [
    "D4",
    "D",
    "De jeugdgezondheidszorg zoekt actief naar signalen met screeningslijsten of gespreksprotocollen, bij voorkeur samen met de ouder.",
    "2062–2072",
  ],
  ["D5", "D", "Zorgmijding wordt opgepakt als signaal van mogelijke problemen.", "2074–2076"],
  ["D6", "D", "Er is een reeks interventies om passend op signalen te reageren.", "2078–2081"],
  [
    "D7",
    "D",
    "Opvoedingsondersteunende gesprekken bij huisarts, jeugdgezondheidszorg, peuterwerk, kinderopvang en onderwijs zijn versterkt (deskundigheid en tijd).",
    "2083–2103",
  ],
  [
    "D8",
    "D",
    "Gezinsondersteuning door home visiting (zoals Home-Start en Moeders Informeren Moeders) is voldoende beschikbaar.",
    "2105–2121",
  ],
  [
    "D9",
    "D",
    "Nieuwe methodieken naar beproefde buitenlandse programma's (zoals het Nurse Home Visitation Program) worden als pilot ingevoerd.",
    "2123–2129",
  ],
  ["D10", "D", "Home visiting is gecombineerd met peuterspeelzalen of kinderopvang.", "2131–2135"],
  [
    "E1",
    "E",
    "Kinderen, omstanders, beroepskrachten en hulpverleners krijgen steeds voorlichting over kindermishandeling.",
    "2140–2148",
  ],
  [
    "E2",
    "E",
    "Het AMK, zijn werkwijze en vooral zijn adviesfunctie worden steeds onder de aandacht van publiek en beroepskrachten gebracht.",
    "2150–2158",
  ],
  [
    "E3",
    "E",
    "Alle instellingen die met kinderen werken, hebben een meldcode of meldprotocol ingevoerd.",
    "2160–2162",
  ],
  [
    "E4",
    "E",
    "Alle medewerkers en beroepsgroepen zoals artsen zijn getraind in het toepassen van de meldcode.",
    "2162–2168",
  ],
  ["E5", "E", "Het AMK heeft de middelen om zijn taken uit te voeren.", "2169–2171"],
  [
    "E6",
    "E",
    "Er wordt geëxperimenteerd met protocollen voor lijkschouwing bij overleden kinderen (tot 18 jaar).",
    "2173–2175",
  ],
  [
    "E7",
    "E",
    "Politie, Raad voor de Kinderbescherming en gezinsvoogdij werken mee aan werkontwikkeling en bij casuïstiek.",
    "2177–2179",
  ],
  [
    "E8",
    "E",
    "Bureau Jeugdzorg heeft deskundigheid over kindermishandeling bij screening, probleemanalyse en indicatiestelling.",
    "2185–2187",
  ],
  [
    "E9",
    "E",
    "Bij kindermishandeling worden zorgprogramma's op maat gemaakt, ook voor andere gezinsleden en de dader(s).",
    "2189–2193",
  ],
  ["E10", "E", "Er is intensief casemanagement, direct na de verwijzing door het AMK.", "2193–2199"],
  [
    "E11",
    "E",
    "Instellingen voor jeugdzorg hebben en gebruiken protocollen voor grensoverschrijdend gedrag van hulpverleners, en elke instelling heeft een vertrouwenspersoon.",
    "2201–2203",
  ],
  [
    "E12",
    "E",
    "Instellingen voor jeugdzorg hebben afspraken over wat het Verdrag inzake de Rechten van het Kind betekent voor hun praktijk.",
    "2205–2207",
  ],
];
