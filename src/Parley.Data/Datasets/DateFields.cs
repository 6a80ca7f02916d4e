using Parley.Data.Csv;

namespace Parley.Data.Datasets;

/// <summary>Reads a date stored as separate year, month and day columns.</summary>
/// <param name="Year">The year column.</param>
/// <param name="Month">The month column.</param>
/// <param name="Day">The day column.</param>
internal readonly record struct DateFields(CsvColumn Year, CsvColumn Month, CsvColumn Day)
{
    /// <summary>Looks the three columns up by name.</summary>
    public static DateFields Find(CsvFile csv, string year, string month, string day)
    {
        ArgumentNullException.ThrowIfNull(csv);
        return new DateFields(csv.Column(year), csv.Column(month), csv.Column(day));
    }

    /// <summary>
    /// The date in the current record, null when the year is missing. A month outside 1-12 or a day
    /// outside 1-31 (other than a missing-value code) is an error naming the column. A day past the
    /// end of its month (29 February 1894, 31 June) is read as the month's last day and noted in
    /// <paramref name="notes"/>.
    /// </summary>
    public PartialDate? Read(CsvFile csv, MissingValues missing, DataNotes notes)
    {
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentNullException.ThrowIfNull(csv);
        var year = csv.GetInt32(Year, missing);
        var month = csv.GetInt32(Month, missing);
        var day = csv.GetInt32(Day, missing);
        if (year is not { } y)
        {
            return null;
        }
        if (y is < 1000 or > 2100)
        {
            throw csv.Error(Year, $"year {y} is out of range (expected 1000-2100 or a missing-value code)");
        }
        if (month is { } m && m is < 1 or > 12)
        {
            throw csv.Error(Month, $"month {m} is out of range (expected 1-12 or a missing-value code)");
        }
        if (day is { } d)
        {
            if (d is < 1 or > 31)
            {
                throw csv.Error(Day, $"day {d} is out of range (expected 1-31 or a missing-value code)");
            }
            if (month is not { } known)
            {
                throw csv.Error(Day, $"day {d} is given without a month: give the month or code the day as missing");
            }
            var last = DateTime.DaysInMonth(y, known);
            if (d > last)
            {
                notes.Add(csv.Line, $"{Day.Name} {d} does not exist in {y}-{known:00}: read as day {last}");
                day = last;
            }
        }
        return new PartialDate(y, month, day);
    }
}
