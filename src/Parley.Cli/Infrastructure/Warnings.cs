namespace Parley.Cli.Infrastructure;

/// <summary>Prints what a reader accepted but changed or doubted, one <c>parley: warning:</c> line each on standard error.</summary>
public static class Warnings
{
    /// <summary>Writes each warning to standard error.</summary>
    public static void Print(IEnumerable<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        foreach (var warning in warnings)
        {
            Console.Error.WriteLine($"parley: warning: {warning.ReplaceLineEndings(" ")}");
        }
    }
}
