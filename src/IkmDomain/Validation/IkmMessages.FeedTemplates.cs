using System.Collections.Generic;

namespace IkmDomain.Validation;

public static partial class IkmMessages
{
    static partial void AddFeedTemplates(Dictionary<string, MessagePair> table)
    {
        table.Add(IkmErrorCodes.FeedCellStartsLikeFormula, new(
            "'{PropertyName}' starts with =, +, -, @, a tab, CR or NUL, which a spreadsheet would read as a formula; the feed writes it unchanged.",
            "'{PropertyName}' diawali =, +, -, @, tab, CR atau NUL, yang dibaca spreadsheet sebagai rumus; feed menuliskannya apa adanya."));
        table.Add(IkmErrorCodes.FeedCellNeutralised, new(
            "'{PropertyName}' started with =, +, -, @, a tab, CR or NUL and was written with a leading ' so that a spreadsheet shows it as text.",
            "'{PropertyName}' diawali =, +, -, @, tab, CR atau NUL dan ditulis dengan awalan ' agar spreadsheet menampilkannya sebagai teks."));
    }
}
