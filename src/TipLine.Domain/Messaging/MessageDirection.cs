namespace TipLine.Domain.Messaging;

public enum MessageDirection
{
    FromWhistleblower = 1,
    ToWhistleblower = 2,
}
