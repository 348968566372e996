using System.Globalization;
using Samverkan.Analytics.Core.Explanations;

namespace Samverkan.Analytics.Ingestion.Catalog;

/// <summary>
/// Every problem text of the catalogue files (<c>catalog.yaml</c>, <c>areas.yaml</c>,
/// <c>categories.yaml</c>, <c>agreement.yaml</c>, <c>indicators.yaml</c>), of <c>subscriptions.yaml</c>
/// and of a comments file, in one place (as <see cref="IngestionMessages"/> holds the CSV readers').
/// Swedish, composite formats filled by <see cref="Format"/>; each says what is wrong and then what
/// to do. The file, line, column and field path come from <see cref="CatalogProblem"/>, so a text
/// does not repeat them. YAML keys, words and values stay as they are written in the file
/// (<c>valid_from</c>, <c>lower-is-better</c>, <c>'2023-13-01'</c>): the reader searches the file for them.
/// Examples of what to write use YAML's own notation (a decimal point: <c>0.95</c>).
/// </summary>
internal static class CatalogMessages
{
    // Files and YAML syntax.
    internal const string DirectoryNotFound = "Katalogmappen finns inte. Ange mappen som innehåller catalog.yaml, areas.yaml, categories.yaml, agreement.yaml och indicators.yaml (--catalog eller inställningen Samverkan:CatalogDirectory).";
    internal const string FileNotFound = "Filen finns inte i katalogmappen '{0}'. Lägg den där (docs/catalog.md beskriver filerna), eller ange rätt katalogmapp.";
    internal const string FileUnreadable = "Filen går inte att läsa ({0}). Kontrollera att filen finns och att tjänsten har behörighet att läsa den.";
    internal const string FileEmpty = "Filen är tom. Skriv innehållet som rader med nyckel: värde (docs/catalog.md visar formatet).";
    internal const string SeveralDocuments = "Filen innehåller mer än ett YAML-dokument ('---'). Behåll ett av dem.";
    internal const string TopNotMapping = "Överst i filen ska det stå rader med nyckel: värde (en mappning), inte en lista eller ett enstaka värde. Börja filen med nycklarna som docs/catalog.md visar.";
    internal const string TabIndent = "Raden är indragen med tabb. YAML dras in med mellanslag: byt tabben mot mellanslag.";
    internal const string DuplicateKey = "Nyckeln '{0}' står två gånger i samma mappning. Ta bort den ena.";
    internal const string YamlSyntax = "YAML-syntaxfel på den här platsen (YamlDotNet: {0}). Kontrollera kolon, citattecken, hakparenteser och indragning här och på raden före.";
    internal const string YamlUnclosed = "YAML-syntaxfel: en [ ], {{ }} eller ett citattecken verkar inte stängas. Stäng det på samma rad som det öppnas, eller skriv listan med en rad per värde ('- värde').";

    // Fields and values.
    internal const string KeyNotPlain = "En nyckel måste vara ett enkelt namn, till exempel id eller valid_from. Skriv nyckeln utan hakparenteser, klamrar eller tomrum.";
    internal const string UnknownField = "Okänt fält '{0}'{1}. Tillåtna fält här: {2}.";
    internal const string DidYouMean = " (menade du '{0}'?)";
    internal const string RequiredMissing = "Det obligatoriska fältet '{0}' saknas. Lägg till det.";
    internal const string RequiredEmpty = "Det obligatoriska fältet '{0}' är tomt. Skriv ett värde efter kolonet.";
    internal const string EmptyValue = "Värdet är tomt. Skriv ett värde efter kolonet, eller ta bort fältet.";
    internal const string NotAnId = "'{0}' är inget id. Ett id skrivs med små bokstäver a–z och siffror, åtskilda av enstaka bindestreck, till exempel 'unga-i-risk' (å/ä → a, ö → o).";
    internal const string NotADate = "'{0}' är inget datum. Skriv datum som ÅÅÅÅ-MM-DD, till exempel 2023-07-01.";
    internal const string NotANumber = "'{0}' är inget tal. Skriv talet med decimalpunkt, till exempel 0.95 (YAML läser inte decimalkomma).";
    internal const string NotAWholeNumber = "'{0}' är inget heltal. Skriv ett heltal utan decimaler, till exempel 30.";
    internal const string NotABool = "'{0}' är varken true eller false. Skriv true eller false.";
    internal const string NotOneOf = "'{0}' är inget av de tillåtna värdena. Skriv något av: {1}.";
    internal const string ExpectedList = "Här ska det stå en lista, men det står {0}. Skriv en lista som [a, b] eller med ett värde per rad ('- a').";
    internal const string ListEmpty = "Listan är tom. Lägg till minst ett värde.";
    internal const string ExpectedValue = "Här ska det stå ett enda värde, men det står {0}. Skriv ett värde, till exempel ett id eller ett datum.";
    internal const string ExpectedMapping = "Här ska det stå en mappning (rader med nyckel: värde), men det står {0}. Skriv fälten som nyckel: värde.";
    internal const string FoundList = "en lista";
    internal const string FoundMapping = "en mappning";
    internal const string FoundNothing = "ingenting";
    internal const string FoundValue = "'{0}'";
    internal const string FoundAlias = "ett YAML-alias (*namn)";
    internal const string EndBeforeStart = "'{0}' ligger före {1} ('{2}'). Ett slut kan inte komma före början: rätta något av datumen.";
    internal const string DuplicateId = "Id:t '{0}' används redan på rad {1}. Ett id får förekomma en gång: ta bort dubbletten eller ge den ett eget id.";
    internal const string AtLeastOne = "'{0}' är mindre än 1. Skriv ett heltal från 1.";
    internal const string KnownNone = "det finns inga";
    internal const string Known = "kända: {0}";

    // catalog.yaml.
    internal const string VersionWhitespace = "'{0}' innehåller blanksteg. Skriv versionen utan mellanslag, till exempel \"2026.11.1\".";

    // areas.yaml.
    internal const string IdDoesNotFitKind = "'{0}' passar inte typen '{1}'. Ett id för typen {1} är '{2}' följt av namnet i ascii (å/ä → a, ö → o).";
    internal const string NotAnAreaId = "'{0}' är inget områdes-id. Ett områdes-id är typens prefix ({1}) följt av namnet i ascii, till exempel sdo-farsta.";
    internal const string AliasEmpty = "Aliaset är tomt. Skriv utgivarens stavning av namnet, eller ta bort raden.";
    internal const string WeightNotShare = "'{0}' är ingen andel större än 0 och högst 1. Skriv andelen av stadsdelsområdets befolkning som bor i lokalpolisområdet, till exempel 0.25.";
    internal const string UnknownArea = "Det finns inget område '{0}' i areas.yaml. Kontrollera stavningen mot id:na i areas.yaml, eller lägg till området där.";
    internal const string NoParentForKind = "Ett område av typen {0} har ingen överordnad nivå i katalogen. Ta bort parent.";
    internal const string OwnParent = "Ett område kan inte vara sin egen överordnade nivå. Ange den överordnade nivåns id i parent, eller ta bort parent.";
    internal const string WrongParentKind = "'{0}' är av typen {1}, men ett område av typen {2} ska ha ett område av typen {3} som parent. Ange ett sådant område.";
    internal const string KindOr = " eller ";
    internal const string OwnSuccessor = "Ett område kan inte vara sin egen efterföljare. Ange id:t för området som tog över i successor, eller ta bort successor.";
    internal const string SuccessorKind = "'{0}' är av typen {1}, inte {2}; en efterföljare har samma typ som området. Ange ett område av typen {2} i successor.";
    internal const string SuccessorNeedsValidTo = "Ett område med efterföljare (successor) behöver valid_to. Skriv den sista dagen före sammanslagningen, till exempel valid_to: 2023-06-30.";
    internal const string SuccessorStartsTooEarly = "'{0}' börjar {1}, inte efter det här områdets valid_to ({2}). Efterföljaren tar över dagen efter valid_to: rätta något av datumen.";
    internal const string NameClash = "'{0}' är också ett namn på '{1}' ({2}) under en period som överlappar, så en fil kan inte skilja dem åt. Ta bort stavningen från ett av områdena, eller ge aliasen valid_from och valid_to som inte överlappar.";
    internal const string OverlapsMissing = "Fältet 'overlaps' saknas. Varje stadsdelsområde (district) behöver rader i översättningsnyckeln till sina lokalpolisområden: lägg till overlaps med district, local_police_area och weight.";
    internal const string NotCrosswalkKind = "'{0}' är av typen {1}. Översättningsnyckeln (overlaps) kopplar stadsdelsområden (district), eller kommuner utanför staden (municipality), till lokalpolisområden: ange ett sådant område.";
    internal const string WrongKind = "'{0}' är av typen {1}, inte {2}. Ange ett område av typen {2}.";
    internal const string PairTwice = "'{0}' ↔ '{1}' står två gånger i overlaps. Ta bort den ena raden.";
    internal const string WeightsSum = "Vikterna för '{0}' summerar till {1}, inte 1 (±{2}). Varje vikt är andelen av stadsdelsområdets befolkning som bor i lokalpolisområdet: rätta dem så att summan blir 1.";
    internal const string DistrictNotInOverlaps = "Stadsdelsområdet '{0}' har ingen rad i overlaps (översättningsnyckeln till lokalpolisområden). Lägg till en rad för varje lokalpolisområde som det ligger i.";

    // categories.yaml.
    internal const string UnknownCategory = "Det finns ingen kategori '{0}' i categories.yaml ({1}). Ange id:t för en kategori i listan categories.";
    internal const string CategoryCycle = "'{0}' → '{1}' gör att kategorierna blir varandras parent i en cirkel. Ta bort parent från en av dem.";
    internal const string LabelIsOtherId = "Benämningen '{0}' är id för kategorin '{1}' och kan inte kopplas till en annan kategori. Koppla den till '{1}', eller ta bort raden.";
    internal const string LabelTwice = "Benämningen '{0}' är kopplad två gånger (första gången på rad {1}; stora och små bokstäver räknas som samma). Ta bort den ena raden.";
    internal const string CategoryListedTwice = "'{0}' står två gånger i listan. Ta bort den ena.";
    internal const string CategoryParentAndSubset = "'{0}' och '{1}' är en kategori och dess \"därav\"-delmängd; om båda summeras räknas brotten två gånger. Behåll en av dem.";

    // indicators.yaml (and the indicators of a local agreement).
    internal const string SourceGivesNoMeasure = "En källa av typen {0} ger inget mått av typen {1}. Välj ett mått som källan ger: survey → proportion; crime → rate eller count; measurement → count eller value.";
    internal const string NotForSource = "'{0}' gäller inte en källa av typen {1}. Ta bort {0}.";
    internal const string CodeAlsoPositive = "Koden {0} står också i positive. En svarskod räknas antingen som positiv eller som inget svar: ta bort den från en av listorna.";
    internal const string NotAnAnswerCode = "'{0}' är ingen svarskod. Skriv svarskoderna som heltal, till exempel [3, 4].";
    internal const string WrongDenominator = "Ett mått av typen {0} har nämnaren '{1}', inte '{2}'. Skriv denominator: {1}, eller ta bort denominator.";
    internal const string AgeGroupPopulationOnly = "En åldersgrupp (age_group) gäller bara nämnaren population. Ta bort age_group, eller skriv dataset: population.";
    internal const string MultiplierNotPositive = "'{0}' är inget positivt tal. multiplier är det som värdet multipliceras med, till exempel 100 för procent eller 100000 för per 100 000 invånare.";
    internal const string ConfidenceRange = "'{0}' är ingen konfidensnivå över 0.9 och under 1. Skriv till exempel 0.95 eller 0.998.";
    internal const string SurveyPeriodYear = "En enkätomgång gäller ett år, så en enkätindikators period är 'year'. Skriv period: year, eller ta bort period.";
    internal const string BaselineKind = "'{0}' är en period av typen {1}, men indikatorns period är {2}. Ange baslinjen som en period av typen {2}.";
    internal const string NotAPeriod = "'{0}' är ingen period. Skriv ett år (2023), ett kvartal (2023-Q2) eller en månad (2023-05).";
    internal const string NotAYear = "'{0}' är inget år. Skriv året med fyra siffror, till exempel 2027.";
    internal const string TargetValueOrChange = "Ett mål (target) har precis ett av value och relative_change. Behåll det ena.";
    internal const string RelativeChangeTooLow = "'{0}' skulle ta värdet till noll eller under. relative_change är en relativ förändring: -0.5 halverar, 0.2 ökar med en femtedel.";
    internal const string TargetNeedsDirection = "Ett mål behöver en riktning, men polarity är none. Skriv polarity: lower-is-better eller higher-is-better, eller ta bort target.";
    internal const string TargetWrongWay = "'{0}' flyttar värdet åt fel håll för polarity {1}. Byt tecken på relative_change, eller rätta polarity.";
    internal const string MinRespondentsSurveyOnly = "min_respondents gäller bara enkätindikatorer (dataset: survey). Ta bort min_respondents.";
    internal const string SuppressBelowCrime = "Offentlig brottsstatistik döljs inte; suppress_below gäller aktivitetsmått (dataset: measurement). Ta bort suppress_below.";
    internal const string SuppressBelowSurvey = "Enkätceller döljs med min_respondents, inte med suppress_below. Skriv min_respondents i stället.";
    internal const string DuplicateIndicatorId = "Indikatorn '{0}' finns redan ({1}, rad {2}). Ge varje indikator ett eget id.";

    // agreement.yaml.
    internal const string DuplicatePriorityArea = "Det prioriterade området '{0}' står två gånger i den här versionen av överenskommelsen. Ta bort det ena.";
    internal const string DuplicateSubGoal = "Delmålet '{0}' står två gånger i det prioriterade området '{1}'. Ge varje delmål ett eget id.";
    internal const string SameSignedDay = "En annan version av överenskommelsen ('{0}') är undertecknad samma dag, så det går inte att avgöra vilken version som gäller. Rätta datumet i signed.";
    internal const string UnknownPriorityAreaInVersions = "Det finns inget prioriterat område '{0}' i överenskommelsens versioner ({1}). Ange ett av dem, eller lägg till området i agreements.";
    internal const string UnknownPriorityArea = "Det finns inget prioriterat område '{0}' ({1}). Ange ett av dem, eller lägg till området i agreement.yaml.";
    internal const string OverarchingAsLocal = "'{0}' är ett övergripande prioriterat område; ett lokalt prioriterat område behöver ett eget id. Ge det ett annat id, eller ta upp '{0}' under priority_areas.";
    internal const string UnknownSubGoal = "Det prioriterade området '{0}' har inget delmål '{1}' ({2}). Ange ett av dem, eller ta bort sub_goal.";
    internal const string UnknownAgreementVersion = "Det finns ingen version '{0}' av överenskommelsen i agreement.yaml ({1}). Ange en av dem.";
    internal const string LocalStartsBeforeFirst = "{0} ligger före den första versionen av överenskommelsen ('{1}', undertecknad {2}). En lokal överenskommelse ramas in av den övergripande: låt den börja den dagen eller senare.";
    internal const string LocalEndsAfterLast = "{0} ligger efter att den sista versionen av överenskommelsen upphör ('{1}', {2}). Låt den sluta senast då, eller lägg till revisionen som följer.";
    internal const string LocalStartsAfterLast = "{0} ligger efter att den sista versionen av överenskommelsen upphör ('{1}', {2}). Rätta from, eller lägg till revisionen som följer.";
    internal const string TargetAfterLocalEnds = "Målåret {0} ligger efter att den lokala överenskommelsen upphör ({1}). Ett lokalt mål följs upp inom överenskommelsens period: välj ett målår till och med {2}.";
    internal const string TargetBeforeLocalStarts = "Målåret {0} ligger före att den lokala överenskommelsen börjar ({1}). Välj ett målår från {2}.";
    internal const string LocalPoliceAreaCoversNone = "'{0}' täcker inget av överenskommelsens stadsdelsområden ({1}) enligt overlaps i areas.yaml. Kontrollera listan, eller lägg till raden i overlaps.";

    // subscriptions.yaml.
    internal const string SubscriptionIdUsed = "Id:t '{0}' används av en annan prenumeration. Ge varje prenumeration ett eget id.";
    internal const string SubscriptionUnknownArea = "Det finns inget område '{0}' i katalogens areas.yaml. Ange områdets id, till exempel sdo-farsta eller lpo-jarva.";
    internal const string SubscriptionUnknownPriorityArea = "Det finns inget prioriterat område '{0}' i katalogens agreement.yaml. Ange områdets id, till exempel unga-i-risk.";
    internal const string SubscriptionUnknownIndicator = "Det finns ingen indikator '{0}' i katalogen. Ange ett id ur katalogens indicators.yaml.";
    internal const string LanguageNotSv = "'{0}' är inget språk som utskicken skrivs på; bara 'sv' finns. Skriv language: sv, eller ta bort language.";
    internal const string AddressTwice = "'{0}' står två gånger. Ta bort den ena.";
    internal const string NoDomainAllowed = "'{0}' kan inte få utskick, eftersom ingen mottagardomän är tillåten. Ange tillåtna domäner i inställningen Samverkan:Digest:AllowedDomains.";
    internal const string DomainNotAllowed = "'{0}' ligger utanför de tillåtna mottagardomänerna ({1}). Använd en adress i någon av dem, eller lägg till domänen i Samverkan:Digest:AllowedDomains.";
    internal const string InvalidRecipient = "{0}.";
    internal const string InvalidSchedule = "{0}. docs/digests.md visar hur schemat skrivs.";
    internal const string UnknownLocalAgreement = "Det finns ingen lokal överenskommelse '{0}' i katalogens agreement.yaml ({1}). Ange en av dem, eller ta bort local_agreement.";
    internal const string LocalAgreementFollowsItsOwn = "En prenumeration på den lokala överenskommelsen '{0}' följer överenskommelsens områden och indikatorer. Ta bort '{1}', eller ta bort local_agreement och lista dem själv.";

    // A comments file.
    internal const string CommentsEmpty = "Listan är tom. Lägg till minst en kommentar.";
    internal const string CommentRepeated = "Kommentaren har samma year, indicator, area och kind som comments[{0}]. Behåll en av dem.";
    internal const string NotAReportYear = "'{0}' är inget rapportår (2000–2100). Skriv året som rapporten gäller, till exempel 2024.";
    internal const string NotAnIndicator = "'{0}' är ingen indikator i katalogen. Ange ett id ur katalogens indicators.yaml, till exempel otrygg-ute-sen-kvall.";
    internal const string NotAnAreaOfCatalogue = "'{0}' är inget område i katalogen. Ange områdets id ur katalogens areas.yaml, till exempel kommun-0180, sdo-farsta eller lpo-jarva.";
    internal const string TextTooLong = "Texten har {0:N0} tecken, men högst {1:N0} får plats. Korta texten.";

    // Summaries.
    internal const string CatalogueInvalid = "Katalogen i '{0}' är inte giltig ({1}):";
    internal const string SubscriptionsInvalid = "{0} är inte giltig ({1}); inga utskick skickas förrän den är det:";

    /// <summary>Fills a message with Swedish number formatting (a no-break space between thousands).</summary>
    internal static string Format(string format, params object?[] args) => IngestionMessages.Format(format, args);

    /// <summary>A value from a YAML file as YAML writes it (a decimal point), for quoting it back.</summary>
    internal static string Yaml(double? value) =>
        value?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>A date as the catalogue writes it (<c>2023-07-01</c>).</summary>
    internal static string Yaml(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>The "(known: a, b)" part of a message: <c>kända: a, b</c>, or <c>det finns inga</c>.</summary>
    internal static string KnownList(IEnumerable<string> ids)
    {
        var list = ids.ToList();
        return list.Count == 0 ? KnownNone : Format(Known, string.Join(", ", list));
    }
}
