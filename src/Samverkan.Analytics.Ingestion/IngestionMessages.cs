using System.Globalization;

namespace Samverkan.Analytics.Ingestion;

/// <summary>
/// Every message and hint the readers show, in one place (like NodaTime's <c>TextErrorMessages</c>).
/// English, composite formats; fill them with <see cref="Format"/>. A message says what is wrong,
/// a hint what to do about it.
/// </summary>
internal static class IngestionMessages
{
    // The file as a whole.
    internal const string FileEmpty = "The file is empty.";
    internal const string FileEmptyHint = "Export the data again with a header line and at least one row.";
    internal const string NoDataRows = "The file has a header line but no data rows.";
    internal const string NoDataRowsHint = "Check that the export contains rows.";
    internal const string ExcelWorkbook = "The file is an Excel workbook (or another binary document), not a CSV file.";
    internal const string ExcelWorkbookHint = "In Excel choose Save As and 'CSV UTF-8 (comma delimited)' or 'CSV (semicolon delimited)'.";
    internal const string BinaryFile = "The file contains NUL bytes (first on line {0}); it is not a text file.";
    internal const string BinaryFileHint = "Save the data as CSV text (UTF-8 or Windows-1252).";
    internal const string InvalidUtf8AfterBom = "The file starts with a UTF-8 byte order mark but line {0} is not valid UTF-8.";
    internal const string InvalidUtf8AfterBomHint = "Save the file again as UTF-8, or as Windows-1252 without a byte order mark.";
    internal const string DoubleEncoded = "Line {0} holds '{1}' where '{2}' belongs: the file was read as Windows-1252 and saved as UTF-8 again.";
    internal const string DoubleEncodedHint = "Deliver the export as it came from the source, or open it as UTF-8 before you save it.";
    internal const string NoSeparator = "Cannot find the column separator in the header line '{0}'.";
    internal const string NoSeparatorHint = "Separate the columns with ';', ',' or a tab.";
    internal const string UnreadableFile = "The file cannot be read: {0}";
    internal const string UnreadableFileHint = "Check that the file exists and that the service may read it.";
    internal const string TempFolderUnwritable = "The check for repeated ids cannot write its temporary file in the folder '{0}': {1}";
    internal const string TempFolderUnwritableHint = "The file itself was readable. Give the service a temporary folder it may write in, with room for 8 bytes per row (the TMPDIR environment variable), and read the file again.";
    internal const string UnknownFormat = "The file is not in a format this service reads.";
    internal const string UnknownFormatHint = "Use the canonical columns described in docs/input-formats.md.";
    internal const string TooManyIssues = "{0} more problems are not listed.";
    internal const string TooManyIssuesHint = "Fix the problems above and read the file again.";

    // Quoting and field counts.
    internal const string StrayQuote = "A double quote inside an unquoted field.";
    internal const string TextAfterClosingQuote = "Text after the closing quote of a quoted field.";
    internal const string UnterminatedQuote = "A quoted field is not closed on this line.";
    internal const string MalformedRecord = "The line is not valid CSV ({0}).";
    internal const string QuoteHint = "Enclose the whole field in double quotes and write a double quote inside it as two (\"\"); a line break inside a field is not allowed.";
    internal const string TooFewFields = "The line has {0} fields but the header has {1}.";
    internal const string TooFewFieldsHint = "An empty value still needs its separator {0}.";
    internal const string TooManyFields = "The line has {0} fields but the header has {1}, and field {2} is not empty.";
    internal const string TooManyFieldsHint = "A value may contain the separator {0}: enclose it in double quotes.";

    // Header.
    internal const string UnknownColumn = "Unknown column '{0}' is ignored.";
    internal const string UnknownColumnHint = "Columns of a {0} file: {1}.";
    internal const string DuplicateColumn = "Column '{0}' repeats column {1} ('{2}').";
    internal const string DuplicateColumnHint = "Remove one of the two columns.";
    internal const string MissingColumn = "Required column '{0}' is missing.";
    internal const string MissingColumnHint = "Add a column named {0}.";
    internal const string MissingShareOrPositive = "A survey file needs a 'positive' or a 'share' column.";
    internal const string MissingShareOrPositiveHint = "Add positive (positiva: the number of positive answers) or share (andel: percent, 0–100).";
    internal const string UnknownKind = "Cannot tell from the columns ({0}) what kind of file this is.";
    internal const string UnknownKindHint = "Give the kind with --kind ({0}), or name the columns as docs/input-formats.md says: survey needs area, year, question, respondents and positive or share; crime area, period, category, count; population area, year, population; measurement indicator, area, period, value; survey-responses respondent_id, year, area and one column per question; crime-incidents reported_date, category, area.";
    internal const string KindNotSupported = "Files of kind '{0}' cannot be read yet.";
    internal const string KindNotSupportedHint = "Deliver the data as one of: {0}.";

    // Cells.
    internal const string EmptyValue = "'{0}' is empty.";
    internal const string EmptyValueHint = "Every row needs a value in column '{0}'.";
    internal const string NotANumber = "'{0}' in column '{1}' is not a number.";
    internal const string NotANumberHint = "This file is separated by {0}, so its decimal mark is {1}: write numbers like {2}. Thousands may be separated by a space; write '..' for a missing value.";
    internal const string LoneDash = "'-' in column '{0}' is not a value.";
    internal const string LoneDashHint = "Write 0 for zero, '..' when the value is missing, '.' when it cannot occur, or 'XX' when it is withheld.";
    internal const string NotWholeNumber = "'{0}' in column '{1}' must be a whole number.";
    internal const string NotWholeNumberHint = "Column '{0}' counts people or events; give the unweighted whole number.";
    internal const string Negative = "'{0}' in column '{1}' must not be negative.";
    internal const string NegativeHint = "Check the value; write '..' when it is missing.";
    internal const string RespondentsNotPositive = "respondents must be more than 0, but is '{0}'.";
    internal const string RespondentsNotPositiveHint = "Write the unweighted number of respondents, or '..' when it is missing.";
    internal const string ShareOutOfRange = "share '{0}' is outside 0–100.";
    internal const string ShareOutOfRangeHint = "share is a percentage: write 23,5 for 23.5 %.";
    internal const string PositiveExceedsRespondents = "positive ({0}) is larger than respondents ({1}).";
    internal const string PositiveExceedsRespondentsHint = "positive counts the respondents who gave a positive answer, so it cannot exceed respondents; give weighted_total for weighted counts.";
    internal const string PositiveExceedsWeightedTotal = "positive ({0}) is larger than weighted_total ({1}).";
    internal const string PositiveExceedsWeightedTotalHint = "A weighted count of positive answers cannot exceed the weighted total.";
    internal const string SharesLookLikeFractions = "Every share in the file is at most 1 (for example '{0}' on line {1}): they look like fractions, not percentages.";
    internal const string SharesLookLikeFractionsHint = "share is a percentage (0–100): write 23,5 for 23.5 %. If the shares really are below 1 %, give positive and respondents instead.";
    internal const string CiReversed = "ci_low ({0}) is larger than ci_high ({1}).";
    internal const string CiReversedHint = "Swap the two limits, or check the columns' order.";
    internal const string ValueOutsideCi = "value {0} lies outside its interval [{1}, {2}].";
    internal const string ValueOutsideCiHint = "Check the value and its confidence limits.";
    internal const string NotAPeriod = "'{0}' is not a period.";
    internal const string NotAPeriodHint = "Write a year (2023), a quarter (2023-Q2, 2023Q2, 2023K2) or a month (2023-05, 2023M05).";
    internal const string NotAYear = "'{0}' is not a year; {1} files have one value per year.";
    internal const string NotAYearHint = "Write the year as four digits, such as 2023.";
    internal const string YearPeriodMismatch = "year '{0}' does not match period '{1}'.";
    internal const string YearPeriodMismatchHint = "Correct one of them, or leave out the year column.";
    internal const string UnknownStatus = "Unknown status '{0}'.";
    internal const string UnknownStatusHint = "Write one of: {0}; or leave it empty (ok).";
    internal const string UnknownAreaKind = "Unknown area kind '{0}'.";
    internal const string UnknownAreaKindHint = "Write one of: {0} (or kommun, stadsdelsområde, polisområde, lokalpolisområde, plats).";
    internal const string UnknownSex = "Unknown sex '{0}'.";
    internal const string UnknownSexHint = "Write k (kvinnor), m (män) or total.";
    internal const string NotADate = "'{0}' is not a date.";
    internal const string NotADateHint = "Write dates as YYYY-MM-DD, such as 2023-12-31.";

    // Areas, categories and rows.
    internal const string UnknownArea = "Unknown area '{0}'.";
    internal const string UnknownAreaHint = "Closest names in the catalogue: {0}. Areas match a catalogue id, name or alias.";
    internal const string UnknownAreaNoSuggestionHint = "Areas match a catalogue id, name or alias (areas.yaml).";
    internal const string AreaWrongKind = "'{0}' is not a {1}; it names {2}.";
    internal const string AreaWrongKindHint = "Correct the area_kind column or the --area-kind option.";
    internal const string AmbiguousArea = "'{0}' is ambiguous in {1}: it can mean {2}.";
    internal const string AmbiguousAreaHint = "Add an area_kind (områdestyp) column, or use --area-kind, with for example district or local-police-area.";
    internal const string AreaNotValid = "'{0}' ({1}) does not exist in {2} under this name; the row is left out.";
    internal const string AreaNotValidSuccessorHint = "Data for {0} belong to its successor '{1}' ({2}) once it exists; the row was not stored.";
    internal const string AreaNotValidHint = "Check the period and the area; the row was not stored.";
    internal const string UnknownCategory = "Unknown crime category '{0}'.";
    internal const string UnknownCategoryHint = "Known categories: {0}. Publisher labels map to them through the catalogue's category_map.";
    internal const string DuplicateRow = "Line {0} repeats the key of line {1} ({2}).";
    internal const string DuplicateRowHint = "Keep one of the two lines.";

    internal const string AlsoOnMoreLines = " (also on {0} more lines).";
    internal const string UnknownAreaRepeated = "Unknown area '{0}' (also on {1} more lines).";
    internal const string UnknownCategoryRepeated = "Unknown crime category '{0}' (also on {1} more lines).";
    internal const string UnknownCategoryPublisherHint = "Known categories: {0}. Add the label to category_map in categories.yaml (\"{1}\": <category id>), or leave the category out of the export.";
    internal const string AreasNotValidGrouped = "'{0}' ({1}) does not exist in {2} under this name; {3} rows were left out (lines {4}).";
    internal const string AreasNotValidPublisherHint = "Publishers list a unit before it exists, or after it ended, with zeros or '..'; those rows were not stored.";

    // Checks every format shares.
    internal const string FormulaLike = "'{0}' in column '{1}' starts with '{2}' like a spreadsheet formula; it is kept as text and never evaluated.";
    internal const string FormulaLikeHint = "If a spreadsheet exported a formula, export the values instead. Anything shown from this cell is escaped.";
    internal const string PeriodInFuture = "'{0}' lies in the future (today is {1}).";
    internal const string PeriodInFutureHint = "Check the year; a period can only be delivered once it has begun.";
    internal const string YearImplausible = "'{0}' is before {1}, earlier than any series this service follows.";
    internal const string YearImplausibleHint = "Check the year: four digits, such as 2023.";
    internal const string MixedGranularity = "Line {0} gives {1} for the {2} {3}, which overlaps the {4} {5} on line {6}.";
    internal const string MixedGranularityHint = "Give one series in one granularity: deliver the months or the whole year, not both (yearly values are summed from months).";
    internal const string RateDisagrees = "The rate column disagrees with the count and the stored population for {0} on {1} rows (lines {2}): line {3} gives {4} per 100 000 for {5} offences, but the stored population for {6} ({7}) gives {8}.";
    internal const string RateDisagreesHint = "The counts were imported; the rate column is not stored. Check the stored population for that year ('samverkan imports'), or whether the export's region is the area you mean.";
    internal const string KindDoesNotFit = "A {0} file holds {1}; --kind {2} does not fit it.";
    internal const string KindDoesNotFitHint = "Leave out --kind, or give --kind {0}.";

    internal const string SmallNumbers = "{0} values have {1} for indicator '{2}' (lines {3}); they are stored and will be shown as suppressed.";
    internal const string SmallNumbersHint = "Small numbers can identify people, so the results hide them; nothing to do unless a value is wrong.";

    // BRÅ.
    internal const string BraMissingColumn = "Required column '{0}' of a BRÅ export is missing.";
    internal const string BraMissingColumnHint = "Export the table from BRÅ's statistics database (Solwebb) as 'Databasfil', with Region, Brott, År, Period and Antal.";
    internal const string BraNotAYear = "'{0}' in column '{1}' is not a year.";
    internal const string BraNotAYearHint = "BRÅ writes the year as 2023, or 2023 prel. for preliminary figures.";
    internal const string BraNotAMonth = "'{0}' in column '{1}' is not a month.";
    internal const string BraNotAMonthHint = "BRÅ writes months as Jan Feb Mar Apr Maj Jun Jul Aug Sep Okt Nov Dec; 'Hela året' or an empty cell means the whole year.";
    internal const string BraRepeatDiffers = "Line {0} repeats region, crime, year and period of line {1} with another value ('{2}' instead of '{3}').";
    internal const string BraRepeatDiffersHint = "BRÅ repeats a parent category once per selected child with the same numbers; different numbers mean the export was edited. Export it again from Solwebb.";
    internal const string BraKommunNoYear = "The file does not say which year it covers.";
    internal const string BraKommunNoYearHint = "BRÅ names these files 'Anmälda brott i kommunerna 2023.csv': keep the year in the file name.";
    internal const string BraKommunNoCategory = "The catalogue has no crime category for all reported offences ('Samtliga brott'), which this BRÅ file counts.";
    internal const string BraKommunNoCategoryHint = "Add a category for all reported offences to categories.yaml and map \"Samtliga brott\" to it in category_map.";
    internal const string OutsideCatalogue = "{0} rows name areas that are not in the catalogue and were left out: {1}.";
    internal const string OutsideCatalogueHint = "This file covers all of Sweden. To keep an area's rows, add the area to areas.yaml with the file's spelling as an alias.";
    internal const string NoAreaOfCatalogue = "No row of the file names an area of the catalogue.";
    internal const string NoAreaOfCatalogueHint = "Check that this is the file you meant; areas match a catalogue id, name or alias (areas.yaml).";

    // PxWeb.
    internal const string PxNoTable = "Cannot find the table: no header line has periods (2023, 2023M05, 2023K2) as column names.";
    internal const string PxNoTableHint = "Export from PxWeb with the time variable in the heading (one column per year or month), or deliver the canonical long layout.";
    internal const string PxHeaderNotPeriod = "Column header '{0}' is not a period, but columns before it are.";
    internal const string PxHeaderNotPeriodHint = "A PxWeb wide export has the variables first and then one column per year, quarter or month. Export it again with time in the heading.";
    internal const string PxKindNotSupported = "PxWeb wide files are read as population, crime or measurement, not {0}.";
    internal const string PxKindNotSupportedHint = "Give --kind population (the default), crime or measurement.";
    internal const string PxNeedsStub = "A {0} table needs a column of {1} ({2}).";
    internal const string PxNeedsStubHint = "Put that variable in the rows (stub) when you export from PxWeb.";
    internal const string PxStubVaries = "Column '{0}' holds several values ('{1}', '{2}', …), which a {3} file cannot store.";
    internal const string PxStubVariesHint = "Select one value of it in PxWeb (for example 'totalt'), or export one file per value.";
    internal const string PxSeveralContents = "The table holds several contents ({0}); a {1} file holds one.";
    internal const string PxSeveralContentsHint = "Select one content (for example Folkmängd) in PxWeb, or export each content to its own file.";
    internal const string PxContentsIgnored = "Columns of other contents ({0}) are ignored; only '{1}' is read.";
    internal const string PxContentsIgnoredHint = "Export one content per file to avoid this warning.";
    internal const string PxAreaNotValid = "'{0}' ({1}) does not exist in {2} under this name; those values were left out.";

    // Survey microdata and incident lists.
    internal const string MicrodataNoQuestions = "No column is a question the catalogue gives answer codes for.";
    internal const string MicrodataNoQuestionsHint = "Name each answer column by its question id ({0}); indicators.yaml says which codes count (codes: positive, no_answer).";
    internal const string MicrodataIgnoredColumns = "Columns {0} are no questions with answer codes in the catalogue and are ignored.";
    internal const string MicrodataIgnoredColumnsHint = "Background columns are fine; to read a question, give it answer codes in indicators.yaml.";
    internal const string NotAnAnswerCode = "'{0}' in column '{1}' is not an answer code.";
    internal const string NotAnAnswerCodeHint = "Answer codes are whole numbers; leave the cell empty when the respondent did not answer.";
    internal const string WeightNotPositive = "weight '{0}' must be a number above 0.";
    internal const string WeightNotPositiveHint = "Give every respondent a design weight above 0; leave out the weight column to count every respondent once.";
    internal const string SurveyUnknownForQuestion = "Question '{0}' is asked in {1}; the file must say which survey it is.";
    internal const string SurveyUnknownForQuestionHint = "Add a survey (undersökning) column with the survey id, such as stockholm-trygghetsmatning.";
    internal const string DuplicateRespondent = "respondent_id '{0}' on line {1} repeats line {2}.";
    internal const string DuplicateRespondentHint = "Each respondent is one row; remove the repeated row.";
    internal const string DuplicateIncident = "incident_id '{0}' on line {1} repeats line {2}.";
    internal const string DuplicateIncidentHint = "Each reported crime is one row and is counted once; remove the repeated row (or, if they are two crimes, give them different ids).";
    internal const string NotAReportedDate = "'{0}' in column '{1}' is not a date.";
    internal const string NotAReportedDateHint = "Write the date the crime was reported as YYYY-MM-DD (a time after it, 2023-05-04 13:22, is ignored).";

    /// <summary>Fills a message with invariant formatting.</summary>
    internal static string Format(string format, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, format, args);
}
