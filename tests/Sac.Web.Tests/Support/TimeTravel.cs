using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Sac.Application.Deadlines;

namespace Sac.Web.Tests.Support;

/// <summary>Time passes by starting the same application on the same database with another <c>Clock:Now</c>.</summary>
public static class TimeTravel
{
    /// <summary>The same application and database, on another day.</summary>
    public static WebApplicationFactory<Program> At(this WebApplicationFactory<Program> app, DateTimeOffset now) =>
        app.WithWebHostBuilder(b => b.UseSetting("Clock:Now", now.ToString("O", CultureInfo.InvariantCulture)));

    /// <summary>What the deadline job does for a case, on the application's today.</summary>
    public static async Task ApplyDueDeadlinesAsync(this WebApplicationFactory<Program> app, string caseId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var applied = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ApplyDueDeadlinesCommand(Guid.Parse(caseId)));
        Assert.True(applied.IsSuccess);
    }
}
