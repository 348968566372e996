using Samverkan.Analytics.Core.Explanations;

namespace Samverkan.Analytics.Ingestion;

/// <summary>
/// Every message and hint the readers show, in one place (like NodaTime's <c>TextErrorMessages</c>).
/// Swedish (the readers are analysts at the city and the police), composite formats; fill them with
/// <see cref="Format"/>, which writes numbers as sv-SE does (<c>{0:N0}</c> gives <c>1 234</c>). A
/// message says what is wrong, a hint what to do about it. Column names, kinds and option names in
/// the texts are the ones a file or a command line uses, so they stay as they are written there.
/// </summary>
internal static class IngestionMessages
{
    // The file as a whole.
    internal const string FileEmpty = "Filen är tom.";
    internal const string FileEmptyHint = "Exportera uppgifterna igen, med en rubrikrad och minst en datarad.";
    internal const string NoDataRows = "Filen har en rubrikrad men inga datarader.";
    internal const string NoDataRowsHint = "Kontrollera att exporten innehåller rader.";
    internal const string ExcelWorkbook = "Filen är en Excel-arbetsbok (eller ett annat binärt dokument), inte en CSV-fil.";
    internal const string ExcelWorkbookHint = "Välj Spara som i Excel och formatet 'CSV UTF-8 (kommaavgränsad)' eller 'CSV (semikolonavgränsad)'.";
    internal const string BinaryFile = "Filen innehåller NUL-tecken (första gången på rad {0}); den är inte en textfil.";
    internal const string BinaryFileHint = "Spara uppgifterna som CSV-text (UTF-8 eller Windows-1252).";
    internal const string InvalidUtf8AfterBom = "Filen börjar med en UTF-8-markering (BOM), men rad {0} är inte giltig UTF-8.";
    internal const string InvalidUtf8AfterBomHint = "Spara filen igen som UTF-8, eller som Windows-1252 utan BOM.";
    internal const string DoubleEncoded = "Rad {0} innehåller '{1}' där det ska stå '{2}': filen har lästs som Windows-1252 och sparats som UTF-8 en gång till.";
    internal const string DoubleEncodedHint = "Leverera exporten som den kom från källan, eller öppna den som UTF-8 innan du sparar den.";
    internal const string NoSeparator = "Kolumnavgränsaren går inte att hitta i rubrikraden '{0}'.";
    internal const string NoSeparatorHint = "Avgränsa kolumnerna med ';', ',' eller tabb.";
    internal const string UnreadableFile = "Filen går inte att läsa: {0}";
    internal const string UnreadableFileHint = "Kontrollera att filen finns och att tjänsten har behörighet att läsa den.";
    internal const string TempFolderUnwritable = "Kontrollen av upprepade id:n kan inte skriva sin tillfälliga fil i mappen '{0}': {1}";
    internal const string TempFolderUnwritableHint = "Själva filen gick att läsa. Ge tjänsten en tillfällig mapp som den får skriva i, med plats för 8 byte per rad (miljövariabeln TMPDIR), och läs in filen igen.";
    internal const string UnknownFormat = "Filen har inget format som tjänsten kan läsa.";
    internal const string UnknownFormatHint = "Använd standardkolumnerna som beskrivs i docs/input-formats.md.";
    internal const string TooManyIssues = "Ytterligare {0:N0} problem visas inte.";
    internal const string TooManyIssuesHint = "Rätta problemen ovan och läs in filen igen.";

    // Quoting and field counts.
    internal const string StrayQuote = "Ett citattecken (\") står inne i ett fält utan citattecken.";
    internal const string TextAfterClosingQuote = "Det står text efter det avslutande citattecknet i ett fält.";
    internal const string UnterminatedQuote = "Ett fält med citattecken avslutas inte på den här raden.";
    internal const string MalformedRecord = "Raden är inte giltig CSV ({0}).";
    internal const string QuoteHint = "Omge hela fältet med citattecken och skriv ett citattecken inuti fältet som två (\"\"); ett radbyte inuti ett fält är inte tillåtet.";
    internal const string TooFewFields = "Raden har {0} fält men rubrikraden har {1}.";
    internal const string TooFewFieldsHint = "Ett tomt värde behöver ändå sin avgränsare {0}.";
    internal const string TooManyFields = "Raden har {0} fält men rubrikraden har {1}, och fält {2} är inte tomt.";
    internal const string TooManyFieldsHint = "Ett värde kan innehålla avgränsaren {0}: omge det med citattecken.";

    // Header.
    internal const string UnknownColumn = "Den okända kolumnen '{0}' hoppas över.";
    internal const string UnknownColumnHint = "Kolumner i en fil av typen {0}: {1}.";
    internal const string DuplicateColumn = "Kolumnen '{0}' upprepar kolumn {1} ('{2}').";
    internal const string DuplicateColumnHint = "Ta bort en av de två kolumnerna.";
    internal const string MissingColumn = "Den obligatoriska kolumnen '{0}' saknas.";
    internal const string MissingColumnHint = "Lägg till en kolumn med namnet {0}.";
    internal const string MissingShareOrPositive = "En enkätfil behöver kolumnen 'positiva' (positive) eller 'andel' (share).";
    internal const string MissingShareOrPositiveHint = "Lägg till positiva (positive: antalet positiva svar) eller andel (share: procent, 0–100).";
    internal const string UnknownKind = "Det går inte att avgöra av kolumnerna ({0}) vilken sorts fil det är.";
    internal const string UnknownKindHint = "Ange sorten med --kind ({0}), eller namnge kolumnerna som docs/input-formats.md beskriver: survey behöver område, år, fråga, svarande och positiva eller andel; crime område, period, kategori, antal; population område, år, befolkning; measurement indikator, område, period, värde; survey-responses respondent_id, år, område och en kolumn per fråga; crime-incidents reported_date, kategori, område.";
    internal const string KindNotSupported = "Filer av typen '{0}' går inte att läsa in ännu.";
    internal const string KindNotSupportedHint = "Leverera uppgifterna som en av: {0}.";

    // Cells.
    internal const string EmptyValue = "'{0}' är tomt.";
    internal const string EmptyValueHint = "Varje rad behöver ett värde i kolumnen '{0}'.";
    internal const string NotANumber = "'{0}' i kolumnen '{1}' är inget tal.";
    internal const string NotANumberHint = "Filen är avgränsad med {0}: skriv tal som {2}. Tusental får skiljas med mellanslag; skriv '..' när ett värde saknas.";
    internal const string LoneDash = "'-' i kolumnen '{0}' är inget värde.";
    internal const string LoneDashHint = "Skriv 0 för noll, '..' när värdet saknas, '.' när det inte kan förekomma eller 'XX' när det är sekretessbelagt.";
    internal const string NotWholeNumber = "'{0}' i kolumnen '{1}' måste vara ett heltal.";
    internal const string NotWholeNumberHint = "Kolumnen '{0}' räknar personer eller händelser; ange det ovägda heltalet.";
    internal const string Negative = "'{0}' i kolumnen '{1}' får inte vara negativt.";
    internal const string NegativeHint = "Kontrollera värdet; skriv '..' när det saknas.";
    internal const string RespondentsNotPositive = "svarande (respondents) måste vara större än 0, men är '{0}'.";
    internal const string RespondentsNotPositiveHint = "Skriv det ovägda antalet svarande, eller '..' när det saknas.";
    internal const string ShareOutOfRange = "andelen (share) '{0}' ligger utanför 0–100.";
    internal const string ShareOutOfRangeHint = "andel är en procentsats: skriv 23,5 för 23,5 %.";
    internal const string PositiveExceedsRespondents = "positiva ({0}) är fler än svarande ({1}).";
    internal const string PositiveExceedsRespondentsHint = "positiva räknar de svarande som gav ett positivt svar och kan inte vara fler än svarande; ange viktat_totalt (weighted_total) för vägda antal.";
    internal const string PositiveExceedsWeightedTotal = "positiva ({0}) är större än viktat_totalt ({1}).";
    internal const string PositiveExceedsWeightedTotalHint = "Ett vägt antal positiva svar kan inte vara större än det vägda totalet.";
    internal const string SharesLookLikeFractions = "Alla andelar i filen är högst 1 (till exempel '{0}' på rad {1}): de ser ut som bråktal, inte procent.";
    internal const string SharesLookLikeFractionsHint = "andel är en procentsats (0–100): skriv 23,5 för 23,5 %. Om andelarna verkligen är under 1 %, ange positiva och svarande i stället.";
    internal const string CiReversed = "ki_låg ({0}) är större än ki_hög ({1}).";
    internal const string CiReversedHint = "Byt plats på gränserna, eller kontrollera kolumnernas ordning.";
    internal const string ValueOutsideCi = "värdet {0} ligger utanför sitt intervall [{1}; {2}].";
    internal const string ValueOutsideCiHint = "Kontrollera värdet och konfidensgränserna.";
    internal const string NotAPeriod = "'{0}' är ingen period.";
    internal const string NotAPeriodHint = "Skriv ett år (2023), ett kvartal (2023-Q2, 2023Q2, 2023K2) eller en månad (2023-05, 2023M05).";
    internal const string NotAYear = "'{0}' är inget år; filer av typen {1} har ett värde per år.";
    internal const string NotAYearHint = "Skriv året med fyra siffror, till exempel 2023.";
    internal const string YearPeriodMismatch = "året '{0}' stämmer inte med perioden '{1}'.";
    internal const string YearPeriodMismatchHint = "Rätta det ena av dem, eller ta bort kolumnen år.";
    internal const string UnknownStatus = "Okänd status '{0}'.";
    internal const string UnknownStatusHint = "Skriv något av: {0}; eller lämna fältet tomt (ok).";
    internal const string UnknownAreaKind = "Okänd områdestyp '{0}'.";
    internal const string UnknownAreaKindHint = "Skriv något av: {0} (eller kommun, stadsdelsområde, polisområde, lokalpolisområde, plats).";
    internal const string UnknownSex = "Okänt kön '{0}'.";
    internal const string UnknownSexHint = "Skriv k (kvinnor), m (män) eller totalt.";
    internal const string NotADate = "'{0}' är inget datum.";
    internal const string NotADateHint = "Skriv datum som ÅÅÅÅ-MM-DD, till exempel 2023-12-31.";

    // Areas, categories and rows.
    internal const string UnknownArea = "Okänt område '{0}'.";
    internal const string UnknownAreaHint = "Närmaste namn i katalogen: {0}. Ett område känns igen på katalogens id, namn eller alias.";
    internal const string UnknownAreaNoSuggestionHint = "Ett område känns igen på katalogens id, namn eller alias (areas.yaml).";
    internal const string AreaWrongKind = "'{0}' är inte av områdestypen {1}; namnet avser {2}.";
    internal const string AreaWrongKindHint = "Rätta kolumnen områdestyp (area_kind) eller flaggan --area-kind.";
    internal const string AmbiguousArea = "'{0}' är tvetydigt för {1}: det kan avse {2}.";
    internal const string AmbiguousAreaHint = "Lägg till kolumnen områdestyp (area_kind), eller använd --area-kind, med till exempel district eller local-police-area.";
    internal const string AreaNotValid = "'{0}' ({1}) finns inte med det här namnet under {2}; raden hoppas över.";
    internal const string AreaNotValidSuccessorHint = "Uppgifter för {0} hör till efterföljaren '{1}' ({2}) från det att den finns; raden sparades inte.";
    internal const string AreaNotValidHint = "Kontrollera perioden och området; raden sparades inte.";
    internal const string UnknownCategory = "Okänd brottskategori '{0}'.";
    internal const string UnknownCategoryHint = "Kända kategorier: {0}. Utgivarnas benämningar kopplas till dem genom katalogens category_map.";
    internal const string DuplicateRow = "Rad {0} upprepar nyckeln från rad {1} ({2}).";
    internal const string DuplicateRowHint = "Behåll en av de två raderna.";

    internal const string AlsoOnMoreLines = " (finns även på fler rader, antal: {0:N0}).";
    internal const string UnknownAreaRepeated = "Okänt område '{0}' (finns även på fler rader, antal: {1:N0}).";
    internal const string UnknownCategoryRepeated = "Okänd brottskategori '{0}' (finns även på fler rader, antal: {1:N0}).";
    internal const string UnknownCategoryPublisherHint = "Kända kategorier: {0}. Lägg till benämningen i category_map i categories.yaml (\"{1}\": <kategori-id>), eller ta inte med kategorin i exporten.";
    internal const string AreasNotValidGrouped = "'{0}' ({1}) finns inte med det här namnet under {2}; raderna hoppades över (antal: {3:N0}; rad {4}).";
    internal const string AreasNotValidPublisherHint = "Utgivare listar en enhet innan den finns eller efter att den har upphört, med nollor eller '..'; de raderna sparades inte.";

    // Checks every format shares.
    internal const string FormulaLike = "'{0}' i kolumnen '{1}' börjar med '{2}' som en kalkylbladsformel; värdet behålls som text och beräknas aldrig.";
    internal const string FormulaLikeHint = "Om ett kalkylprogram exporterade en formel, exportera värdena i stället. Allt som visas från cellen visas som ren text.";
    internal const string PeriodInFuture = "'{0}' ligger i framtiden (i dag är det {1}).";
    internal const string PeriodInFutureHint = "Kontrollera året; en period kan levereras först när den har börjat.";
    internal const string YearImplausible = "'{0}' ligger före {1}, tidigare än alla serier som tjänsten följer.";
    internal const string YearTooLate = "'{0}' ligger efter år {1}, senare än någon period som tjänsten kan räkna med.";
    internal const string YearImplausibleHint = "Kontrollera året: fyra siffror, till exempel 2023.";
    internal const string MixedGranularity = "Rad {0} ger {1} för {2} {3}, som överlappar {4} {5} på rad {6}.";
    internal const string MixedGranularityHint = "Leverera en serie i en och samma tidsindelning: månaderna eller helåret, inte båda (årsvärden summeras av månaderna).";
    internal const string RateDisagrees = "Kolumnen för brott per 100 000 invånare stämmer inte med antalet och den sparade folkmängden för {0} (antal rader: {1:N0}; rad {2}): rad {3} anger {4} per 100 000 för {5} brott, men den sparade folkmängden för {6} ({7}) ger {8}.";
    internal const string RateDisagreesHint = "Antalen lästes in; kolumnen med brott per 100 000 invånare sparas inte. Kontrollera den sparade folkmängden för året ('samverkan imports'), eller om exportens region är det område du avser.";
    internal const string KindDoesNotFit = "--kind {2} passar inte en {0}-fil.";
    internal const string KindDoesNotFitHint = "Ta bort --kind, eller ange --kind {0}.";

    internal const string SmallNumbers = "Värden med {1} för indikatorn '{2}' (antal: {0:N0}; rad {3}) sparas och visas som undertryckta.";
    internal const string SmallNumbersHint = "Små tal kan peka ut enskilda personer, så resultaten döljer dem; du behöver inte göra något om inte ett värde är fel.";

    // BRÅ.
    internal const string BraMissingColumn = "Den obligatoriska kolumnen '{0}' i en export från BRÅ saknas.";
    internal const string BraMissingColumnHint = "Exportera tabellen från BRÅ:s statistikdatabas (Solwebb) som 'Databasfil', med Region, Brott, År, Period och Antal.";
    internal const string BraNotAYear = "'{0}' i kolumnen '{1}' är inget år.";
    internal const string BraNotAYearHint = "BRÅ skriver året som 2023, eller 2023 prel. för preliminära siffror.";
    internal const string BraNotAMonth = "'{0}' i kolumnen '{1}' är ingen månad.";
    internal const string BraNotAMonthHint = "BRÅ skriver månaderna som Jan Feb Mar Apr Maj Jun Jul Aug Sep Okt Nov Dec; 'Hela året' eller en tom cell betyder hela året.";
    internal const string BraRepeatDiffers = "Rad {0} upprepar region, brott, år och period från rad {1} med ett annat värde ('{2}' i stället för '{3}').";
    internal const string BraRepeatDiffersHint = "BRÅ upprepar en överordnad kategori en gång per vald underkategori, med samma siffror; olika siffror betyder att exporten har ändrats. Exportera den igen från Solwebb.";
    internal const string BraKommunNoYear = "Det framgår inte av filen vilket år den avser.";
    internal const string BraKommunNoYearHint = "BRÅ döper de här filerna till 'Anmälda brott i kommunerna 2023.csv': behåll året i filnamnet.";
    internal const string BraKommunNoCategory = "Katalogen har ingen brottskategori för samtliga anmälda brott ('Samtliga brott'), som den här filen från BRÅ räknar.";
    internal const string BraKommunNoCategoryHint = "Lägg till en kategori för samtliga anmälda brott i categories.yaml och koppla \"Samtliga brott\" till den i category_map.";
    internal const string OutsideCatalogue = "Rader som avser områden som inte finns i katalogen hoppades över (antal: {0:N0}): {1}.";
    internal const string OutsideCatalogueHint = "Filen omfattar hela Sverige. Vill du behålla ett områdes rader, lägg till området i areas.yaml med filens stavning som alias.";
    internal const string NoAreaOfCatalogue = "Ingen rad i filen avser ett område i katalogen.";
    internal const string NoAreaOfCatalogueHint = "Kontrollera att det är rätt fil; ett område känns igen på katalogens id, namn eller alias (areas.yaml).";

    // PxWeb.
    internal const string PxNoTable = "Tabellen går inte att hitta: ingen rubrikrad har perioder (2023, 2023M05, 2023K2) som kolumnnamn.";
    internal const string PxNoTableHint = "Exportera från PxWeb med tiden i tabellhuvudet (en kolumn per år eller månad), eller leverera standardformatet med en rad per värde.";
    internal const string PxHeaderNotPeriod = "Kolumnrubriken '{0}' är ingen period, men kolumnerna före den är det.";
    internal const string PxHeaderNotPeriodHint = "En bred PxWeb-export har variablerna först och sedan en kolumn per år, kvartal eller månad. Exportera den igen med tiden i tabellhuvudet.";
    internal const string PxKindNotSupported = "Breda PxWeb-filer läses som population, crime eller measurement, inte som {0}.";
    internal const string PxKindNotSupportedHint = "Ange --kind population (standard), crime eller measurement.";
    internal const string PxNeedsStub = "En tabell av typen {0} behöver en kolumn med {1} ({2}).";
    internal const string PxNeedsStubHint = "Lägg den variabeln i raderna (förspalten) när du exporterar från PxWeb.";
    internal const string PxStubVaries = "Kolumnen '{0}' har flera värden ('{1}', '{2}', …), vilket en fil av typen {3} inte kan spara.";
    internal const string PxStubVariesHint = "Välj ett värde av den i PxWeb (till exempel 'totalt'), eller exportera en fil per värde.";
    internal const string PxSeveralContents = "Tabellen innehåller flera tabellinnehåll ({0}); en fil av typen {1} innehåller ett.";
    internal const string PxSeveralContentsHint = "Välj ett tabellinnehåll (till exempel Folkmängd) i PxWeb, eller exportera varje innehåll till en egen fil.";
    internal const string PxContentsIgnored = "Kolumner med andra tabellinnehåll ({0}) hoppas över; bara '{1}' läses.";
    internal const string PxContentsIgnoredHint = "Exportera ett tabellinnehåll per fil för att slippa den här varningen.";
    internal const string PxAreaNotValid = "'{0}' ({1}) finns inte med det här namnet under {2}; de värdena hoppades över.";

    // Survey microdata and incident lists.
    internal const string MicrodataNoQuestions = "Ingen kolumn är en fråga som katalogen har svarskoder för.";
    internal const string MicrodataNoQuestionsHint = "Namnge varje svarskolumn med frågans id ({0}); indicators.yaml anger vilka koder som räknas (codes: positive, no_answer).";
    internal const string MicrodataIgnoredColumns = "Kolumnerna {0} är inga frågor med svarskoder i katalogen och hoppas över.";
    internal const string MicrodataIgnoredColumnsHint = "Bakgrundskolumner går bra; för att läsa in en fråga, ge den svarskoder i indicators.yaml.";
    internal const string NotAnAnswerCode = "'{0}' i kolumnen '{1}' är ingen svarskod.";
    internal const string NotAnAnswerCodeHint = "Svarskoder är heltal; lämna cellen tom när den svarande inte har svarat.";
    internal const string WeightNotPositive = "vikten '{0}' måste vara ett tal större än 0.";
    internal const string WeightNotPositiveHint = "Ge varje svarande en designvikt större än 0; ta bort viktkolumnen för att räkna varje svarande en gång.";
    internal const string SurveyUnknownForQuestion = "Frågan '{0}' ställs i {1}; filen måste ange vilken undersökning den gäller.";
    internal const string SurveyUnknownForQuestionHint = "Lägg till kolumnen undersökning (survey) med undersökningens id, till exempel stockholm-trygghetsmatning.";
    internal const string DuplicateRespondent = "respondent_id '{0}' på rad {1} upprepar rad {2}.";
    internal const string DuplicateRespondentHint = "Varje svarande är en rad; ta bort den upprepade raden.";
    internal const string DuplicateIncident = "incident_id '{0}' på rad {1} upprepar rad {2}.";
    internal const string DuplicateIncidentHint = "Varje anmält brott är en rad och räknas en gång; ta bort den upprepade raden (eller, om det är två brott, ge dem olika id).";
    internal const string NotAReportedDate = "'{0}' i kolumnen '{1}' är inget datum.";
    internal const string NotAReportedDateHint = "Skriv datumet då brottet anmäldes som ÅÅÅÅ-MM-DD (en tid efter datumet, 2023-05-04 13:22, struntar tjänsten i).";

    /// <summary>Names in a Swedish sentence: <c>a</c>, <c>a och b</c>, <c>a, b och c</c>.</summary>
    internal static string Listed(IReadOnlyList<string?> names) =>
        names.Count < 2 ? string.Join("", names) : string.Join(", ", names.Take(names.Count - 1)) + " och " + names[^1];

    /// <summary>Fills a message with Swedish number formatting (decimal comma, a no-break space between thousands).</summary>
    internal static string Format(string format, params object?[] args) =>
        string.Format(SwedishFormat.Culture, format, args);
}
