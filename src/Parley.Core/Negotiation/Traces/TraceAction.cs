namespace Parley.Negotiation.Traces;

/// <summary>What happened in one trace event.</summary>
public enum TraceAction
{
    /// <summary>A party tabled an offer (alternating offers, ultimatum).</summary>
    Offer,

    /// <summary>A party accepted the standing offer or the current text.</summary>
    Accept,

    /// <summary>A party rejected an ultimatum.</summary>
    Reject,

    /// <summary>A party walked out.</summary>
    Walkout,

    /// <summary>The mediator tabled its framework text.</summary>
    Text,

    /// <summary>A party tabled an amendment to the text: a new value for one issue, with a justification.</summary>
    Amendment,

    /// <summary>The mediator revised the text.</summary>
    Revision,
}
