using Parley.Domain;

namespace Parley.Data.Datasets;

/// <summary>
/// A date whose month or day may be unknown, as conflict datasets record them. Durations need a
/// point date: <see cref="Midpoint"/> puts an unknown day on the 15th and an unknown month on
/// 1 July (the middle of the year), the usual convention; <see cref="IsExact"/> says whether that
/// was needed.
/// </summary>
public readonly record struct PartialDate
{
    /// <summary>Creates a date; <paramref name="month"/> and <paramref name="day"/> may be unknown.</summary>
    public PartialDate(int year, int? month, int? day)
    {
        if (year is < 1 or > 9999)
        {
            throw new ModelException($"year {year} is out of range: use a year from 1 to 9999");
        }
        if (month is { } m && m is < 1 or > 12)
        {
            throw new ModelException($"month {m} is out of range: use 1-12 or leave it unknown");
        }
        if (day is { } d)
        {
            if (month is null)
            {
                throw new ModelException("a day without a month: give the month or leave the day unknown");
            }
            if (d < 1 || d > DateTime.DaysInMonth(year, month.Value))
            {
                throw new ModelException($"day {d} does not exist in {year}-{month:00}: fix the day or leave it unknown");
            }
        }
        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The month (1-12), when known.</summary>
    public int? Month { get; }

    /// <summary>The day of the month, when known.</summary>
    public int? Day { get; }

    /// <summary>True when both month and day are known.</summary>
    public bool IsExact => Month is not null && Day is not null;

    /// <summary>The date itself, or the middle of the known period (15th of the month, or 1 July).</summary>
    public DateOnly Midpoint => Month is not { } m ? new DateOnly(Year, 7, 1) : new DateOnly(Year, m, Day ?? 15);

    /// <summary>The earliest day the date can be.</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The latest day the date can be.</summary>
    public DateOnly Latest
    {
        get
        {
            var m = Month ?? 12;
            return new DateOnly(Year, m, Day ?? DateTime.DaysInMonth(Year, m));
        }
    }

    /// <summary>
    /// Creates a date from dataset fields, or null when the year is unknown or the parts cannot form
    /// a date (a day that does not exist in its month counts as unknown).
    /// </summary>
    public static PartialDate? TryCreate(int? year, int? month, int? day)
    {
        if (year is not { } y || y is < 1 or > 9999)
        {
            return null;
        }
        int? m = month is { } mm && mm is >= 1 and <= 12 ? mm : null;
        int? d = m is { } known && day is { } dd && dd >= 1 && dd <= DateTime.DaysInMonth(y, known) ? dd : null;
        return new PartialDate(y, m, d);
    }

    /// <summary>
    /// Days in force from <paramref name="start"/> to <paramref name="end"/>, counting both days
    /// (a ceasefire that starts and ends on the same day lasted 1 day). Imprecise dates use their
    /// midpoints; when the two periods overlap and the midpoints cross, the span is 1 day; null
    /// when the end is certainly before the start.
    /// </summary>
    public static int? InclusiveDays(PartialDate start, PartialDate end)
    {
        if (end.Latest < start.Earliest)
        {
            return null;
        }
        // Overlapping imprecise periods whose midpoints cross: the closest consistent reading is "same day".
        var days = end.Midpoint.DayNumber - start.Midpoint.DayNumber;
        return Math.Max(days, 0) + 1;
    }

    /// <inheritdoc />
    public override string ToString() => (Month, Day) switch
    {
        (null, _) => $"{Year:0000}",
        ({ } m, null) => $"{Year:0000}-{m:00}",
        ({ } m, { } d) => $"{Year:0000}-{m:00}-{d:00}",
    };
}
