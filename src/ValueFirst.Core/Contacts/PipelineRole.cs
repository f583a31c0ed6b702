namespace ValueFirst.Core.Contacts;

/// <summary>What a contact is to my business; drives how often they should receive value.</summary>
public enum PipelineRole
{
    Prospect,
    ReferralSource,
    Resource,
    Peer,
}
