using System.Collections.Immutable;
using System.Xml.Linq;
using Parley.Domain;
using Parley.Domain.Preferences;

namespace Parley.Formats.Genius;

/// <summary>Builds a <see cref="PreferenceProfile"/> from a GENIUS profile file. See <see cref="GeniusReader.ReadProfile"/>.</summary>
internal static class GeniusProfileReader
{
    /// <summary>GENIUS's EvaluatorDiscrete.normalize treats a largest evaluation below this as 0 and scores every option 0.</summary>
    private const double ZeroEvaluation = 0.00001;

    public static GeniusProfileFile Read(OutcomeSpace space, string path, string? name)
    {
        ArgumentNullException.ThrowIfNull(space);
        var xml = GeniusXml.Load(path);
        var root = xml.Root;
        if (root.Name.LocalName != "utility_space")
        {
            throw xml.Error(root, root.Name.LocalName == "negotiation_template"
                ? "this is a GENIUS domain file (root <negotiation_template>), not a preference profile: give a profile whose root is <utility_space>"
                : $"the root element is <{root.Name.LocalName}>, not a GENIUS preference profile: expected <utility_space>");
        }

        var warnings = new List<string>();
        var uncertain = root.Attribute("type") is { } type && type.Value.Trim().Equals("UNCERTAIN", StringComparison.OrdinalIgnoreCase);
        var reservation = Reservation(xml, root);
        var (rawDiscount, discount) = Discount(xml, root, warnings);
        var info = GeniusDomainInfo.For(space);

        var (elements, indices) = MatchIssues(xml, space, info);
        var weightElements = Weights(xml, root);

        var weights = new double[space.IssueCount];
        var functions = new ValueFunction?[space.IssueCount];
        var used = new HashSet<long>();
        for (var i = 0; i < space.IssueCount; i++)
        {
            var issue = space.Issues[i];
            var element = elements[i]
                ?? throw xml.Error(root, $"the profile has no <issue> for domain issue '{issue.Name}'{(info is null ? "" : $" (index {info.Indices[i]})")}: add it with its evaluations");
            var profileIndex = indices[i];
            if (!weightElements.TryGetValue(profileIndex, out var weight))
            {
                throw xml.Error(element, $"the profile gives no <weight> for issue '{issue.Name}' (index {profileIndex}): add <weight index=\"{profileIndex}\" value=\"...\"/>");
            }
            used.Add(profileIndex);
            weights[i] = weight.Value;
            functions[i] = ValueFunctionOf(xml, element, issue, info?.Kinds[i] ?? KindOf(issue), warnings);
        }
        foreach (var (index, weight) in weightElements)
        {
            if (!used.Contains(index))
            {
                warnings.Add(xml.Warning(weight.Element, $"<weight index=\"{index}\"> matches no issue of the domain; it is ignored"));
            }
        }
        var weightSum = weights.Sum();
        if (weightSum > 0 && Math.Abs(weightSum - 1) > 1e-6)
        {
            var first = weightElements.Values.Select(w => w.Element).FirstOrDefault() ?? root;
            var text = weightSum.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture);
            warnings.Add(xml.Warning(first, $"the issue weights sum to {text}, not 1: each is divided by {text} (normalised), as GENIUS does"));
        }
        if (!(weights.Sum() > 0))
        {
            var first = weightElements.Values.Select(w => w.Element).FirstOrDefault() ?? root;
            throw xml.Error(first, "the issue weights sum to 0: give at least one issue a positive weight");
        }

        try
        {
            var profile = new PreferenceProfile(space, weights, functions, reservation, discountFactor: discount,
                name: name ?? System.IO.Path.GetFileNameWithoutExtension(path));
            return new GeniusProfileFile(path, profile, uncertain, rawDiscount, warnings.ToImmutableArray());
        }
        catch (ModelException e)
        {
            throw xml.Error(root, e.Message, e);
        }
    }

    /// <summary><c>&lt;reservation value=".."&gt;</c> under the root; 0 when absent (reference.json semantics).</summary>
    private static double Reservation(GeniusXml xml, XElement root)
    {
        var element = root.Element("reservation");
        if (element is null)
        {
            return 0.0;
        }
        var value = xml.RequiredNumber(element, "value");
        if (!(value >= 0 && value <= 1))
        {
            throw xml.Error(element, $"reservation value {value.ToString(System.Globalization.CultureInfo.InvariantCulture)} is outside 0-1: a GENIUS reservation is a utility on the profile's 0-1 scale");
        }
        return value;
    }

    /// <summary>
    /// <c>&lt;discount_factor value=".."&gt;</c>: kept when a number in (0, 1]. GENIUS
    /// (AdditiveUtilitySpace.loadTreeRecursive) catches a value that is not a number and carries on
    /// with no discount, and validateDiscount discards one outside (0, 1] the same way; so such a
    /// value is left absent here too, with a warning.
    /// </summary>
    private static (string? Raw, double? Value) Discount(GeniusXml xml, XElement root, List<string> warnings)
    {
        var element = root.Element("discount_factor");
        if (element is null)
        {
            return (null, null);
        }
        var attribute = element.Attribute("value");
        if (attribute is null)
        {
            warnings.Add(xml.Warning(element, "<discount_factor> has no value; it is ignored (no discounting), as GENIUS does"));
            return (null, null);
        }
        if (!GeniusXml.TryNumber(attribute.Value, out var value))
        {
            warnings.Add(xml.Warning(attribute, $"discount factor \"{attribute.Value}\" is not a number; it is ignored (no discounting), as GENIUS does"));
            return (attribute.Value, null);
        }
        if (!(value > 0 && value <= 1))
        {
            warnings.Add(xml.Warning(attribute, $"discount factor {attribute.Value} is outside (0, 1]; it is ignored (no discounting), as GENIUS does"));
            return (attribute.Value, null);
        }
        return (attribute.Value, value);
    }

    /// <summary>
    /// Pairs each profile <c>&lt;issue&gt;</c> with a domain issue. As in GENIUS
    /// (AdditiveUtilitySpace.loadTreeRecursive: getObjectivesRoot().getObjective(index)) the
    /// <c>index</c> attribute decides; the <c>name</c>, when given, must then agree with the
    /// domain's, since a mismatch means the profile belongs to another domain. For a space not
    /// read from a GENIUS file, issues are paired by name.
    /// </summary>
    private static (XElement?[] Elements, long[] Indices) MatchIssues(GeniusXml xml, OutcomeSpace space, GeniusDomainInfo? info)
    {
        var elements = new XElement?[space.IssueCount];
        var indices = new long[space.IssueCount];
        foreach (var element in GeniusTree.Issues(xml.Root))
        {
            var index = xml.RequiredInteger(element, "index");
            var issueName = element.Attribute("name")?.Value;
            int position;
            if (info is not null)
            {
                position = info.PositionOf(index);
                if (position < 0)
                {
                    var known = string.Join(", ", info.Indices.Select((x, i) => $"{x} '{space.Issues[i].Name}'"));
                    throw xml.Error(element, $"the profile has issue index {index}{(issueName is null ? "" : $" '{issueName}'")}, which the domain lacks (it has {known}): use the domain this profile was written for");
                }
                if (issueName is not null && issueName != space.Issues[position].Name)
                {
                    throw xml.Error(element, $"the profile's issue {index} is named '{issueName}', but the domain's issue {index} is '{space.Issues[position].Name}': use the domain this profile was written for");
                }
            }
            else
            {
                if (issueName is null)
                {
                    throw xml.Error(element, $"the profile's issue {index} has no name, and the space was not read from a GENIUS domain: add name=\"...\"");
                }
                position = space.IndexOf(issueName);
                if (position < 0)
                {
                    throw xml.Error(element, $"the profile names issue '{issueName}', which the domain lacks: use one of {string.Join(", ", space.Issues.Select(x => $"'{x.Name}'"))}");
                }
            }
            if (elements[position] is { } earlier)
            {
                throw xml.Error(element, $"the profile describes issue '{space.Issues[position].Name}' twice (first at line {LineOf(earlier)}): keep one");
            }
            elements[position] = element;
            indices[position] = index;
        }
        return (elements, indices);
    }

    private static Dictionary<long, (double Value, XElement Element)> Weights(GeniusXml xml, XElement root)
    {
        var weights = new Dictionary<long, (double, XElement)>();
        foreach (var element in GeniusTree.Weights(root))
        {
            var index = xml.RequiredInteger(element, "index");
            var value = xml.RequiredNumber(element, "value");
            if (value < 0)
            {
                throw xml.Error(element, $"weight {index} is {value}: weights must be non-negative");
            }
            if (!weights.TryAdd(index, (value, element)))
            {
                throw xml.Error(element, $"there are two <weight index=\"{index}\">: keep one");
            }
        }
        return weights;
    }

    private static GeniusIssueKind KindOf(Issue issue) => issue switch
    {
        IntegerIssue => GeniusIssueKind.Integer,
        ContinuousIssue => GeniusIssueKind.Real,
        _ => GeniusIssueKind.Discrete,
    };

    private static ValueFunction ValueFunctionOf(GeniusXml xml, XElement element, Issue issue, GeniusIssueKind domainKind, List<string> warnings)
    {
        var kind = GeniusIssueKinds.Of(xml, element, issue.Name);
        if (kind != domainKind)
        {
            throw xml.Error(element, $"the profile says issue '{issue.Name}' is {kind.Name()}, but the domain declares it {domainKind.Name()}: use the domain's type");
        }
        return kind switch
        {
            GeniusIssueKind.Integer => IntegerFunction(xml, element, issue),
            GeniusIssueKind.Real => RealFunction(xml, element, issue),
            _ => DiscreteFunction(xml, element, issue, warnings),
        };
    }

    /// <summary>
    /// GENIUS EvaluatorDiscrete: each option scores evaluation / (largest evaluation of the issue);
    /// when that largest evaluation is below 0.00001 every option scores 0.
    /// </summary>
    private static TableValueFunction DiscreteFunction(GeniusXml xml, XElement element, Issue issue, List<string> warnings)
    {
        var evaluations = new Dictionary<string, double>(StringComparer.Ordinal);
        var listed = new HashSet<string>(StringComparer.Ordinal);
        var items = element.Elements("item").ToList();
        if (items.Count == 0)
        {
            throw xml.Error(element, $"the profile's issue '{issue.Name}' has no <item> evaluations: add <item value=\"...\" evaluation=\"...\"/> for each option");
        }
        foreach (var item in items)
        {
            var value = xml.Required(item, "value");
            if (!issue.TryParseValue(value, out _))
            {
                throw xml.Error(item, $"issue '{issue.Name}' has no option '{value}' in the domain: use {issue.DescribeValues()}");
            }
            if (!listed.Add(value))
            {
                throw xml.Error(item, $"the profile evaluates option '{value}' of issue '{issue.Name}' twice: keep one");
            }
            var attribute = item.Attribute("evaluation");
            if (attribute is null || attribute.Value == "null")
            {
                warnings.Add(xml.Warning(item, $"option '{value}' of issue '{issue.Name}' has no evaluation; GENIUS skips it, so it scores 0"));
                continue;
            }
            var evaluation = xml.Number(item, attribute, "evaluation") ?? 0.0;
            if (evaluation < 0)
            {
                throw xml.Error(attribute, $"option '{value}' of issue '{issue.Name}' has evaluation {attribute.Value}: GENIUS evaluations must be >= 0");
            }
            evaluations[value] = evaluation;
        }
        for (var v = 0; v < issue.ValueCount; v++)
        {
            var option = issue.FormatValue(v);
            if (!listed.Contains(option))
            {
                warnings.Add(xml.Warning(element, $"option '{option}' of issue '{issue.Name}' has no <item> in the profile; it scores 0"));
            }
        }
        var max = evaluations.Count == 0 ? 0.0 : evaluations.Values.Max();
        if (max < ZeroEvaluation)
        {
            warnings.Add(xml.Warning(element, $"every evaluation of issue '{issue.Name}' is 0, so every option scores 0 (GENIUS does the same)"));
            return new TableValueFunction(evaluations.Select(kv => KeyValuePair.Create(kv.Key, 0.0)));
        }
        return new TableValueFunction(evaluations.Select(kv => KeyValuePair.Create(kv.Key, kv.Value / max)));
    }

    /// <summary>
    /// GENIUS EvaluatorInteger: <c>&lt;evaluator ftype="linear" slope="s" offset="o"/&gt;</c>
    /// scores value x as clamp(o + s (x - lowerbound), 0, 1), lowerbound being the profile issue's
    /// own <c>lowerbound</c> attribute (the domain's lower bound when the profile omits it).
    /// </summary>
    private static ValueFunction IntegerFunction(GeniusXml xml, XElement element, Issue issue)
    {
        var evaluator = element.Element("evaluator")
            ?? throw xml.Error(element, $"integer issue '{issue.Name}' has no <evaluator>: add <evaluator ftype=\"linear\" slope=\"...\" offset=\"...\"/>");
        if (evaluator.Attribute("ftype") is { } ftype && !ftype.Value.Trim().Equals("linear", StringComparison.OrdinalIgnoreCase))
        {
            throw xml.Error(ftype, $"integer issue '{issue.Name}' has ftype=\"{ftype.Value}\": GENIUS integer evaluators are linear; use ftype=\"linear\" with slope and offset");
        }
        var slope = xml.RequiredNumber(evaluator, "slope");
        var offset = xml.RequiredNumber(evaluator, "offset");
        var lower = GeniusDomainReader.IntegerBounds(xml, element)?.Lower ?? (long)issue.NumericValue(0);
        return GeniusLinear.Clamped(issue, slope, offset - (slope * lower));
    }

    /// <summary>
    /// GENIUS EvaluatorReal: <c>ftype="linear"</c> scores x as clamp(parameter1 x + parameter0, 0, 1)
    /// (the raw value, not its distance from the lower bound); <c>ftype="constant"</c> scores every
    /// value parameter0; <c>ftype="triangular"</c> rises from 0 at parameter0 to 1 at parameter2 and
    /// falls to 0 at parameter1.
    /// </summary>
    private static ValueFunction RealFunction(GeniusXml xml, XElement element, Issue issue)
    {
        var evaluator = element.Element("evaluator")
            ?? throw xml.Error(element, $"real issue '{issue.Name}' has no <evaluator>: add <evaluator ftype=\"linear\" parameter0=\"...\" parameter1=\"...\"/>");
        var ftype = evaluator.Attribute("ftype")
            ?? throw xml.Error(evaluator, $"real issue '{issue.Name}' has an <evaluator> without ftype: add ftype=\"linear\", \"constant\" or \"triangular\"");
        switch (ftype.Value.Trim().ToLowerInvariant())
        {
            case "linear":
                return GeniusLinear.Clamped(issue, xml.RequiredNumber(evaluator, "parameter1"), xml.RequiredNumber(evaluator, "parameter0"));
            case "constant":
                return new LinearValueFunction(0, xml.RequiredNumber(evaluator, "parameter0"));
            case "triangular":
                var lower = xml.RequiredNumber(evaluator, "parameter0");
                var upper = xml.RequiredNumber(evaluator, "parameter1");
                var top = xml.RequiredNumber(evaluator, "parameter2");
                if (!(lower < top && top < upper))
                {
                    throw xml.Error(evaluator, $"real issue '{issue.Name}' has a triangular evaluator with parameter0 {lower}, parameter2 {top}, parameter1 {upper}: they must increase in that order");
                }
                return GeniusLinear.Triangular(lower, upper, top);
            default:
                throw xml.Error(ftype, $"real issue '{issue.Name}' has ftype=\"{ftype.Value}\", which is not supported: use \"linear\", \"constant\" or \"triangular\"");
        }
    }

    private static int LineOf(XElement element) => element is System.Xml.IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;
}
