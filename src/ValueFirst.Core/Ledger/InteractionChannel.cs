namespace ValueFirst.Core.Ledger;

public enum InteractionChannel
{
    LinkedIn,
    Email,
    Phone,
    InPerson,
    Other,
}
