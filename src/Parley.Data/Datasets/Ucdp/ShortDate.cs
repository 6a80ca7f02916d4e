using System.Globalization;

namespace Parley.Data.Datasets.Ucdp;

/// <summary>
/// Parses the dates of the UCDP termination export, written month/day/two-digit-year ("7/21/46").
/// The century is the one that puts the date no later than one year after the record's own year
/// (the data cover 1946-2020). Four-digit years ("7/21/1946") and ISO dates ("1946-07-21") are also read.
/// </summary>
internal static class ShortDate
{
    /// <summary>Parses <paramref name="text"/>; false when it is not a valid date.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, int referenceYear, out DateOnly date)
    {
        date = default;
        text = text.Trim();
        if (text.Length >= 8 && text[4] == '-')
        {
            return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        }
        var first = text.IndexOf('/');
        var second = first < 0 ? -1 : text[(first + 1)..].IndexOf('/');
        if (first <= 0 || second <= 0)
        {
            return false;
        }
        second += first + 1;
        if (!int.TryParse(text[..first], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(text[(first + 1)..second], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(text[(second + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return false;
        }
        var yearDigits = text.Length - second - 1;
        if (yearDigits == 2)
        {
            year += 1900;
            while (year + 100 <= referenceYear + 1)
            {
                year += 100;
            }
        }
        else if (yearDigits != 4)
        {
            return false;
        }
        if (month is < 1 or > 12 || day < 1 || year is < 1 or > 9999 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        date = new DateOnly(year, month, day);
        return true;
    }
}
