using System.Text.Json;
using Parley.Negotiation;
using Parley.Negotiation.Protocols;
using Parley.Negotiation.Traces;

namespace Parley.Tests.Negotiation.Traces;

public class TraceExportTests
{
    private static NegotiationResult Run(NegotiationDomain domain)
    {
        // A offers 6 tenths, B counters with 3, A accepts.
        var specs = new[]
        {
            ScriptedStrategy.Spec(v => v.HasStanding ? Decision.Accept : Decision.Offer(6)),
            ScriptedStrategy.Spec(v => Decision.Offer(3)),
        };
        return new AlternatingOffersProtocol().Run(domain, specs, new NegotiationOptions { Deadline = 10 });
    }

    [Fact]
    public void Csv_has_a_header_and_one_row_per_event_with_every_partys_utility()
    {
        var result = Run(TestDomains.Pie(10));

        var lines = TraceCsv.Write(result.Trace!).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(
        [
            "round,party,action,share,u_A,u_B,amended_issue,amended_value,justification",
            "1,A,offer,6,0.6,0.4,,,",
            "2,B,offer,3,0.3,0.7,,,",
            "3,A,accept,3,0.3,0.7,,,",
        ], lines);
    }

    [Fact]
    public void Csv_fields_with_commas_or_quotes_are_quoted()
    {
        using var writer = new StringWriter();
        TraceCsv.WriteRow(writer, ["plain", "a,b", "say \"no\""]);
        Assert.Equal("plain,\"a,b\",\"say \"\"no\"\"\"\n", writer.ToString());
    }

    [Fact]
    public void Json_has_the_documented_shape()
    {
        // Reference points: the frontier is every split; the Nash point the even split.
        var reference = new ReferencePoints(Enumerable.Range(0, 11).Select(s => new[] { s / 10.0, 1 - (s / 10.0) }), [0.5, 0.5]);
        var result = Run(TestDomains.Pie(10).WithReferencePoints(reference));

        using var doc = JsonDocument.Parse(NegotiationJson.Write(result, TestDomains.Pie(10).Space));
        var root = doc.RootElement;

        Assert.Equal("agreement", root.GetProperty("ending").GetString());
        Assert.Equal(3, root.GetProperty("rounds").GetInt32());
        var agreement = root.GetProperty("agreement");
        Assert.Equal("3", agreement.GetProperty("outcome").GetProperty("share").GetString());
        Assert.Equal(0.3, agreement.GetProperty("utilities").GetProperty("A").GetDouble(), 12);
        Assert.Equal(0.7, agreement.GetProperty("utilities").GetProperty("B").GetDouble(), 12);
        // (0.3, 0.7) lies on the frontier; it is sqrt(0.2^2 + 0.2^2) = 0.282843 from the Nash point.
        Assert.Equal(0.0, root.GetProperty("distanceToPareto").GetDouble(), 12);
        Assert.Equal(Math.Sqrt(0.08), root.GetProperty("distanceToNash").GetDouble(), 12);
        var trace = root.GetProperty("trace");
        Assert.Equal(3, trace.GetArrayLength());
        Assert.Equal("offer", trace[0].GetProperty("action").GetString());
        Assert.Equal("A", trace[0].GetProperty("party").GetString());
        Assert.Equal(0.4, trace[0].GetProperty("utilities").GetProperty("B").GetDouble(), 12);
    }

    [Fact]
    public void Json_without_agreement_has_a_null_agreement()
    {
        var specs = new[] { ScriptedStrategy.Spec(v => Decision.Offer(10)), ScriptedStrategy.Spec(v => Decision.WalkOut) };
        var domain = TestDomains.Pie(10);
        var result = new AlternatingOffersProtocol().Run(domain, specs, new NegotiationOptions());

        using var doc = JsonDocument.Parse(NegotiationJson.Write(result, domain.Space));

        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("agreement").ValueKind);
        Assert.Equal("walkout", doc.RootElement.GetProperty("ending").GetString());
        Assert.Equal("B", doc.RootElement.GetProperty("walkedOut").GetString());
    }

    [Fact]
    public void Distances_are_euclidean_in_utility_space()
    {
        // Frontier points (1, 0) and (0.6, 0.6); agreement (0.5, 0.4): distances sqrt(0.25 + 0.16) = 0.640312
        // and sqrt(0.01 + 0.04) = 0.223607, so 0.223607 to the frontier; Nash (0.6, 0.6): 0.223607.
        var reference = new ReferencePoints([[1.0, 0.0], [0.6, 0.6]], [0.6, 0.6]);

        Assert.Equal(Math.Sqrt(0.05), AgreementDistances.ToPareto(reference, [0.5, 0.4])!.Value, 12);
        Assert.Equal(Math.Sqrt(0.05), AgreementDistances.ToNash(reference, [0.5, 0.4])!.Value, 12);
        Assert.Null(AgreementDistances.ToNash(new ReferencePoints([[1.0, 0.0]], null), [0.5, 0.4]));
    }

    [Fact]
    public void Bargaining_analysis_supplies_the_frontier_and_nash_point()
    {
        // On a pie of 10 steps every split is Pareto-optimal and, with reservation values 0, the Nash
        // point maximises s/10 x (1 - s/10): the even split.
        var domain = TestDomains.Pie(10).WithAnalysis();

        Assert.Equal(11, domain.ReferencePoints!.ParetoFrontier.Count);
        Assert.Equal(0.5, domain.ReferencePoints.NashPoint[0], 12);
        Assert.Equal(0.5, domain.ReferencePoints.NashPoint[1], 12);
        var result = Run(domain);
        Assert.Equal(0.0, result.DistanceToPareto!.Value, 12);
        Assert.Equal(Math.Sqrt(0.08), result.DistanceToNash!.Value, 12);
    }
}
