using System.Globalization;
using Sac.Domain.Common;

namespace Sac.Domain.Payments.BankStatements;

/// <summary>
/// Unfolds CODA batches. A movement followed by records 2.1 of its sequence number with detail numbers from 0001 is a
/// global movement (usually with a globalisation code above 0, a collective credit for instance): its details are the
/// individual transactions, each with its own amount, counterparty and communication, and become the lines; the global
/// movement does not, so no money is counted twice. A detail carrying a new globalisation level is a sub-total whose
/// own details follow, up to the detail that repeats that level and closes it. The transactions must add up to the
/// global amount to the cent, or the file is refused: a batch read wrongly must not register payments.
/// </summary>
internal static class CodaBatches
{
    public static IReadOnlyList<CodaTransaction> Unfold(IReadOnlyList<CodaMovement> movements, List<Error> errors)
    {
        var transactions = new List<CodaTransaction>();
        var index = 0;
        while (index < movements.Count)
        {
            var global = movements[index];
            var details = movements.Skip(index + 1).TakeWhile(m => m.IsDetailOf(global)).ToList();
            index += 1 + details.Count;
            if (details.Count == 0)
            {
                transactions.Add(new CodaTransaction(global, global.BankReference));
                continue;
            }

            var batch = Transactions(global, details);
            var total = batch.Sum(m => m.Amount);
            if (total != global.Amount)
            {
                errors.Add(new Error(
                    "CODA_BATCH_TOTAL",
                    $"Line {global.LineNumber}: the {batch.Count} transactions of this global movement add up to "
                    + $"{Format(total)}, not to its amount {Format(global.Amount)}.",
                    Field: $"line {global.LineNumber}"));
                continue;
            }

            // The global reference and the detail number are the same in every copy of the file, and unique in it.
            transactions.AddRange(batch.Select(m => new CodaTransaction(m, $"{global.BankReference}/{m.DetailNumber}")));
        }

        return transactions;
    }

    private static List<CodaMovement> Transactions(CodaMovement global, List<CodaMovement> details)
    {
        var openLevels = new Stack<int>([global.GlobalisationCode]);
        var transactions = new List<CodaMovement>();
        foreach (var detail in details)
        {
            if (detail.GlobalisationCode == 0)
            {
                transactions.Add(detail);
            }
            else if (openLevels.TryPeek(out var level) && level == detail.GlobalisationCode)
            {
                openLevels.Pop();
                transactions.Add(detail);
            }
            else
            {
                openLevels.Push(detail.GlobalisationCode);
            }
        }

        return transactions;
    }

    private static string Format(decimal amount) => amount.ToString("0.00#", CultureInfo.InvariantCulture);
}
