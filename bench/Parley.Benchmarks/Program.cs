using System.Globalization;
using BenchmarkDotNet.Running;
using Parley.Benchmarks.Analysis;

if (args.Length >= 4 && args[0] == "generate-genius")
{
    var seed = args.Length > 4 ? ulong.Parse(args[4], CultureInfo.InvariantCulture) : 42UL;
    GeniusDomainGenerator.Write(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture), seed);
    Console.WriteLine($"wrote {args[1]}/domain.xml, a.xml, b.xml");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
