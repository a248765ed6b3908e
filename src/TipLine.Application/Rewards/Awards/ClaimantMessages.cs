using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Intake.Plaintext;
using TipLine.Application.Messaging;
using TipLine.Domain.Messaging;
using TipLine.Domain.Rewards;

namespace TipLine.Application.Rewards.Awards;

/// <summary>
/// What the whistleblower is told, through their tip's secure conversation, when a determination is approved, an
/// appeal recorded or decided, or a payment made. The server does not know their language, so each message says it
/// in English, French and Spanish. Days are ISO so they read the same in all three.
/// </summary>
public static class ClaimantMessages
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr");
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es");

    public static string Determination(DeterminationStage stage, decimal? percent, DateOnly deadline) => (stage, percent) switch
    {
        (DeterminationStage.Preliminary, { } p) => Three(
            $"Preliminary determination on your reward claim: {Percent(p, English)} of sanctions collected. You may contest it until {Day(deadline)} on this page.",
            $"Décision préliminaire sur votre demande de récompense : {Percent(p, French)} des sanctions recouvrées. Vous pouvez la contester jusqu'au {Day(deadline)} sur cette page.",
            $"Determinación preliminar sobre su solicitud de recompensa: {Percent(p, Spanish)} de las sanciones cobradas. Puede impugnarla hasta el {Day(deadline)} en esta página."),
        (DeterminationStage.Preliminary, null) => Three(
            $"Preliminary determination on your reward claim: no award. You may contest it until {Day(deadline)} on this page.",
            $"Décision préliminaire sur votre demande de récompense : aucune récompense. Vous pouvez la contester jusqu'au {Day(deadline)} sur cette page.",
            $"Determinación preliminar sobre su solicitud de recompensa: sin recompensa. Puede impugnarla hasta el {Day(deadline)} en esta página."),
        (_, { } p) => Three(
            $"Final determination on your reward claim: {Percent(p, English)} of sanctions collected, paid as the money is collected. An appeal can be recorded until {Day(deadline)}.",
            $"Décision finale sur votre demande de récompense : {Percent(p, French)} des sanctions recouvrées, versés au fur et à mesure des recouvrements. Un recours peut être enregistré jusqu'au {Day(deadline)}.",
            $"Determinación final sobre su solicitud de recompensa: {Percent(p, Spanish)} de las sanciones cobradas, pagado a medida que se cobren. Se puede registrar un recurso hasta el {Day(deadline)}."),
        (_, null) => Three(
            $"Final determination on your reward claim: no award. An appeal can be recorded until {Day(deadline)}.",
            $"Décision finale sur votre demande de récompense : aucune récompense. Un recours peut être enregistré jusqu'au {Day(deadline)}.",
            $"Determinación final sobre su solicitud de recompensa: sin recompensa. Se puede registrar un recurso hasta el {Day(deadline)}."),
    };

    public static string AppealRecorded(DateOnly day) => Three(
        $"An appeal against the final determination on your reward claim was recorded on {Day(day)}. Payments wait for the appeal decision.",
        $"Un recours contre la décision finale sur votre demande de récompense a été enregistré le {Day(day)}. Les versements attendent la décision sur le recours.",
        $"Se registró un recurso contra la determinación final sobre su solicitud de recompensa el {Day(day)}. Los pagos esperan la decisión del recurso.");

    public static string AppealDecided(decimal? percent) => percent is { } p
        ? Three(
            $"The appeal on your reward claim was decided: {Percent(p, English)} of sanctions collected.",
            $"Le recours sur votre demande de récompense a été tranché : {Percent(p, French)} des sanctions recouvrées.",
            $"El recurso sobre su solicitud de recompensa fue resuelto: {Percent(p, Spanish)} de las sanciones cobradas.")
        : Three(
            "The appeal on your reward claim was decided: no award.",
            "Le recours sur votre demande de récompense a été tranché : aucune récompense.",
            "El recurso sobre su solicitud de recompensa fue resuelto: sin recompensa.");

    public static string Payment(decimal amount, string currency, DateOnly paidOn) => Three(
        $"A reward payment of {Money(amount, currency, English)} {currency} was made on {Day(paidOn)}.",
        $"Un versement de récompense de {Money(amount, currency, French)} {currency} a été effectué le {Day(paidOn)}.",
        $"Se realizó un pago de recompensa de {Money(amount, currency, Spanish)} {currency} el {Day(paidOn)}.");

    /// <summary>Adds a staff message to the claim's tip conversation, sealed to the tip key; counts as feedback given.</summary>
    public static async Task SendAsync(ITipLineDatabase database, RewardClaim claim, Guid authorUserId, string text, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(claim);
        var tip = await database.Tips.SingleAsync(t => t.Id == claim.TipId, cancellationToken).ConfigureAwait(false);
        var body = new MessageBody(text, []).SealForTip(tip.TipPublicKey);
        var sequence = await Conversation.NextSequenceAsync(database, tip.Id, cancellationToken).ConfigureAwait(false);
        database.Messages.Add(new Message(Guid.NewGuid(), tip.Id, sequence, MessageDirection.ToWhistleblower, authorUserId, body, today));
        tip.RecordFeedback(today);
    }

    private static string Three(string english, string french, string spanish) => $"{english}\n\n{french}\n\n{spanish}";

    private static string Percent(decimal percent, CultureInfo culture) => percent.ToString("0.##", culture) + " %";

    private static string Money(decimal amount, string currency, CultureInfo culture) =>
        amount.ToString("N" + CurrencyCodes.MinorUnits(currency).ToString(CultureInfo.InvariantCulture), culture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
