using System.Globalization;
using Hangfire;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sac.Application.DataProtection.AnonymiseExpiredCases;

namespace Sac.Infrastructure.Jobs;

/// <summary>
/// The nightly retention job (gas-law.md §0b, §8): anonymises, batch after batch, the closed cases, register lines, college
/// sanctions and place bans whose retention period ended. Each batch is one <see cref="AnonymiseExpiredCasesCommand"/> in a scope of its own, so it is saved
/// on its own and the next starts with an empty change tracker; a run that stops half-way leaves finished batches done and
/// the next run (or Hangfire's retry) picks up the rest. Running it twice changes nothing more.
/// </summary>
internal sealed class RetentionJobs(IServiceScopeFactory scopes, ILogger<RetentionJobs> logger)
{
    /// <summary>The recurring job's stable id.</summary>
    public const string JobId = "retention-anonymisation";

    /// <summary>Every day at 02:30 (Brussels), after the deadline sweep and away from office hours.</summary>
    public const string Cron = "30 2 * * *";

    /// <summary>A guard, not a quota: a million lines in batches of a hundred; what is left waits for the next night.</summary>
    private const int MaximumBatches = 10_000;

    // Optimistic concurrency, no lock: a twin run loses the cases' version check and reruns on fresh data, finding them anonymised.
    [AutomaticRetry(Attempts = 3, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [JobDisplayName("Anonymise the personal data whose retention period ended")]
    public async Task AnonymiseExpiredAsync(CancellationToken cancellationToken)
    {
        var (cases, documents, entries, measures, letters) = (0, 0, 0, 0, 0);
        for (var batch = 0; batch < MaximumBatches; batch++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new AnonymiseExpiredCasesCommand(), cancellationToken);
            if (result.IsFailure)
            {
                var errors = string.Join("; ", result.Errors.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Code}: {e.Message}")));
                throw new InvalidOperationException($"Anonymising expired personal data failed: {errors}");
            }

            var done = result.Value;
            (cases, documents, entries, measures, letters) =
                (cases + done.Cases, documents + done.Documents, entries + done.RegisterEntries, measures + done.Measures, letters + done.MeasureLetters);
            if (!done.MoreRemain || done.IsEmpty)
            {
                break;
            }
        }

        logger.LogInformation(
            "Retention: {Cases} case(s) anonymised, {Documents} document(s) erased, {Entries} register line(s) anonymised, {Measures} measure(s) anonymised, {Letters} letter(s) deleted.",
            cases, documents, entries, measures, letters);
    }
}
