using System.Data.Common;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Sac.Application.Common.Ports;
using Sac.Domain.Audit;
using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Audit;

/// <summary>Reads the audit trail through the auditor's API, and appends registry lookups as the lookup endpoints do.</summary>
internal static class AuditReading
{
    public const string Entries = "/api/v1/audit/entries";
    public const string RegistryAccess = "/api/v1/audit/registry-access";

    /// <summary>The auditor's entries about one subject (a case id, a user name …), newest first.</summary>
    public static async Task<JsonArray> EntriesAboutAsync(this SacAppFactory factory, string subject, string? more = null)
    {
        using var auditor = factory.CreateApiClient(DemoTokens.Auditor);
        var page = await auditor.GetOkJsonAsync($"{Entries}?subject={Uri.EscapeDataString(subject)}&pageSize=200{more}");
        return page["items"]!.AsArray();
    }

    public static IReadOnlyList<string> Actions(this JsonArray entries) => [.. entries.Select(e => e!["action"]!.GetValue<string>())];

    public static JsonNode Single(this JsonArray entries, string action) => Assert.Single(entries, e => e!["action"]!.GetValue<string>() == action)!;

    public static async Task AppendLookupAsync(
        this SacAppFactory factory, string user, string subject, string reference, RegistryAccessOutcome outcome = RegistryAccessOutcome.Answered,
        RegistryKind registry = RegistryKind.NationalRegister)
    {
        var log = factory.Services.GetRequiredService<IRegistryAccessLog>();
        await log.AppendAsync(Sac.Domain.Audit.RegistryAccess.Log(
            factory.Now, user, "Finder", registry, subject, registry == RegistryKind.VehicleRegistry ? new DateOnly(2025, 3, 1) : null, reference,
            RegistryPurpose.IdentifyOffender, outcome, outcome == RegistryAccessOutcome.Answered ? ["lastName", "firstNames", "birthDate"] : []));
    }

    /// <summary>A connection to the application's database, around Entity Framework, as a script or a console would open it.</summary>
    public static DbConnection OpenDatabase(this SacAppFactory factory) => factory.Database.Open();

    public static long Scalar(this DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
