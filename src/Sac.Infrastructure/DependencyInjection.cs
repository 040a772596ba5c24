using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Sac.Application.Audit;
using Sac.Application.Common.Ports;
using Sac.Application.Letters;
using Sac.Application.Measures;
using Sac.Application.Payments.BankStatements;
using Sac.Application.Tokens;
using Sac.Application.Users;
using Sac.Infrastructure.Audit;
using Sac.Infrastructure.DataProtection;
using Sac.Infrastructure.Demo;
using Sac.Infrastructure.Devices;
using Sac.Infrastructure.Identity;
using Sac.Infrastructure.Letters;
using Sac.Infrastructure.Letters.Measures;
using Sac.Infrastructure.Persistence;
using Sac.Infrastructure.Persistence.Providers;
using Sac.Infrastructure.Persistence.Repositories;
using Sac.Infrastructure.Registries;

namespace Sac.Infrastructure;

public static class DependencyInjection
{
    /// <summary>
    /// The database (<c>Database:Provider</c>, <c>ConnectionStrings:Sac</c>), the Application's ports,
    /// ASP.NET Core Identity with its cookie schemes, and the API token authenticator.
    /// </summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddSingleton(_ => DatabaseSettings.From(configuration, environment));
        services.AddSacDatabase();

        // The composition root may replace it with a fixed clock (Clock:Now).
        services.TryAddSingleton(TimeProvider.System);

        services.AddScoped<ICaseRepository, CaseRepository>();
        services.AddScoped<IBankStatementRepository, BankStatementRepository>();
        services.AddScoped<IMunicipalityRepository, MunicipalityRepository>();
        services.AddScoped<IRegisterRepository, RegisterRepository>();
        services.AddScoped<ICaseReadService, CaseReadService>();
        services.AddScoped<IStatisticsReadService, StatisticsReadService>();
        services.AddScoped<ICaseNumberSequence, CaseNumberSequence>();
        services.AddScoped<ISanctioningServiceDirectory, SanctioningServiceDirectory>();
        services.AddScoped<ICaseDocumentRepository, CaseDocumentRepository>();
        services.AddScoped<IReasoningBlockRepository, ReasoningBlockRepository>();
        services.AddScoped<ICollegeSanctionRepository, CollegeSanctionRepository>();
        services.AddScoped<IPlaceBanRepository, PlaceBanRepository>();
        services.AddScoped<IMeasureDocumentRepository, MeasureDocumentRepository>();
        services.AddScoped<IMeasureFollowUpReads, MeasureFollowUpReads>();
        services.AddScoped<IRetentionStore, RetentionStore>();
        services.AddScoped<IDataSubjectReads, DataSubjectReads>();
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddScoped<DeviceSightings>();
        services.AddScoped<IDeviceRepository, DeviceRepository>();
        services.AddScoped<IValidationQueue, ValidationQueue>();
        services.AddSingleton<IRegistryAccessLog, RegistryAccessLog>();
        services.AddScoped<IPendingIdentifications, PendingIdentifications>();
        services.AddRegistries(configuration, environment);
        services.AddSingleton<IAuditLog, AuditLog>();
        services.AddScoped<IAuditReadService, AuditReadService>();
        services.AddScoped<IApiTokenStore, ApiTokenStore>();
        services.AddScoped<IUserAccounts, UserAccounts>();
        services.AddSingleton<ILetterRenderer, PdfLetterRenderer>();
        services.AddSingleton<IMeasureLetterRenderer, PdfMeasureLetterRenderer>();

        services
            .AddIdentity<SacUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireNonAlphanumeric = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<SacDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<SacClaimsPrincipalFactory>();

        // The only password-reset tokens Sac makes are invitation links, which the invitee may open days later.
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromDays(7));
        services.AddScoped<IApiTokenAuthenticator, ApiTokenAuthenticator>();
        services.AddScoped<DemoSeeder>();
        return services;
    }

    /// <summary>Creates or migrates the database, then seeds the demo data when <c>Demo:Seed</c> asks for it (never in Production).</summary>
    public static async Task InitialiseDatabaseAsync(this IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SacDbContext>();
        await db.Database.MigrateAsync(ct);
        if (scope.ServiceProvider.GetRequiredService<DatabaseSettings>().Provider == DatabaseProvider.Sqlite)
        {
            await SqliteTuning.TuneAsync(db, ct);
        }

        if (scope.ServiceProvider.GetRequiredService<DatabaseSettings>().SeedDemoData)
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(ct);
        }
    }
}
