using System.Xml.Linq;
using Parley.Domain;

namespace Parley.Formats.Genius;

/// <summary>Builds an <see cref="OutcomeSpace"/> from a GENIUS domain file. See <see cref="GeniusReader.ReadDomain"/>.</summary>
internal static class GeniusDomainReader
{
    public static OutcomeSpace Read(string path, int realValueCount)
    {
        var xml = GeniusXml.Load(path);
        var space = UtilitySpaceOf(xml);
        var elements = GeniusTree.Issues(space);
        if (elements.Count == 0)
        {
            throw xml.Error(space, "the domain declares no <issue>: add at least one issue under <objective>");
        }

        var issues = new List<Issue>(elements.Count);
        var indices = new List<long>(elements.Count);
        var kinds = new List<GeniusIssueKind>(elements.Count);
        var seenIndex = new Dictionary<long, string>();
        var seenName = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in elements)
        {
            var name = IssueName(xml, element);
            var index = xml.RequiredInteger(element, "index");
            if (!seenIndex.TryAdd(index, name))
            {
                throw xml.Error(element, $"issue '{name}' has index {index}, already used by issue '{seenIndex[index]}': give every issue its own index");
            }
            if (!seenName.Add(name))
            {
                throw xml.Error(element, $"issue name '{name}' is used twice: give every issue its own name");
            }
            var kind = GeniusIssueKinds.Of(xml, element, name);
            issues.Add(kind switch
            {
                GeniusIssueKind.Integer => IntegerIssueOf(xml, element, name),
                GeniusIssueKind.Real => RealIssueOf(xml, element, name, realValueCount),
                _ => DiscreteIssueOf(xml, element, name),
            });
            indices.Add(index);
            kinds.Add(kind);
        }

        OutcomeSpace result;
        try
        {
            result = new OutcomeSpace(issues);
        }
        catch (ModelException e)
        {
            throw xml.Error(space, e.Message, e);
        }
        GeniusDomainInfo.Remember(result, new GeniusDomainInfo(path, indices, kinds));
        return result;
    }

    /// <summary>The issue's name: required and non-empty.</summary>
    public static string IssueName(GeniusXml xml, XElement issue)
    {
        var name = xml.Required(issue, "name");
        if (string.IsNullOrWhiteSpace(name))
        {
            throw xml.Error(issue, "an <issue> has an empty name: give it name=\"...\"");
        }
        return name;
    }

    /// <summary>
    /// The integer bounds: <c>lowerbound</c>/<c>upperbound</c> attributes on the issue (GENIUS
    /// 10, genius.core.DomainImpl) or on a <c>&lt;range&gt;</c> child (older GENIUS,
    /// negotiator.DomainImpl), in that order. Null when neither is there.
    /// </summary>
    public static (long Lower, long Upper)? IntegerBounds(GeniusXml xml, XElement issue)
    {
        foreach (var holder in new[] { issue, issue.Element("range") })
        {
            if (holder?.Attribute("lowerbound") is { } lo && holder.Attribute("upperbound") is { } hi)
            {
                return (xml.Integer(holder, lo), xml.Integer(holder, hi));
            }
        }
        return null;
    }

    private static XElement UtilitySpaceOf(GeniusXml xml)
    {
        var root = xml.Root;
        switch (root.Name.LocalName)
        {
            case "utility_space":
                return root;
            case "negotiation_template":
                return root.Element("utility_space")
                    ?? throw xml.Error(root, "<negotiation_template> has no <utility_space>: a GENIUS domain lists its issues in <utility_space><objective>");
            default:
                throw xml.Error(root, $"the root element is <{root.Name.LocalName}>, not a GENIUS domain: expected <negotiation_template> or <utility_space>");
        }
    }

    private static DiscreteIssue DiscreteIssueOf(GeniusXml xml, XElement element, string name)
    {
        var options = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in element.Elements("item"))
        {
            var value = xml.Required(item, "value");
            if (value.Length == 0)
            {
                throw xml.Error(item, $"issue '{name}' has an <item> with an empty value: name every option");
            }
            if (!seen.Add(value))
            {
                throw xml.Error(item, $"issue '{name}' lists option '{value}' twice: options must be distinct");
            }
            options.Add(value);
        }
        if (options.Count == 0)
        {
            throw xml.Error(element, $"discrete issue '{name}' has no options: add <item index=\"1\" value=\"...\"/> children");
        }
        return new DiscreteIssue(name, options);
    }

    private static IntegerIssue IntegerIssueOf(GeniusXml xml, XElement element, string name)
    {
        var (lower, upper) = IntegerBounds(xml, element)
            ?? throw xml.Error(element, $"integer issue '{name}' has no range: add lowerbound=\"..\" upperbound=\"..\" to the <issue>");
        if (upper < lower)
        {
            throw xml.Error(element, $"integer issue '{name}' has upperbound {upper} below lowerbound {lower}: swap them");
        }
        try
        {
            return new IntegerIssue(name, lower, upper);
        }
        catch (ModelException e)
        {
            throw xml.Error(element, e.Message, e);
        }
    }

    private static ContinuousIssue RealIssueOf(GeniusXml xml, XElement element, string name, int valueCount)
    {
        var holder = element.Element("range") is { } range && range.Attribute("lowerbound") is not null ? range : element;
        if (holder.Attribute("lowerbound") is null || holder.Attribute("upperbound") is null)
        {
            throw xml.Error(element, $"real issue '{name}' has no range: add <range lowerbound=\"..\" upperbound=\"..\"/>");
        }
        var lower = xml.RequiredNumber(holder, "lowerbound");
        var upper = xml.RequiredNumber(holder, "upperbound");
        if (upper < lower)
        {
            throw xml.Error(holder, $"real issue '{name}' has upperbound {upper} below lowerbound {lower}: swap them");
        }
        var step = upper > lower ? (upper - lower) / (valueCount - 1) : 1.0;
        try
        {
            return new ContinuousIssue(name, lower, upper, step);
        }
        catch (ModelException e)
        {
            throw xml.Error(element, e.Message, e);
        }
    }
}
