using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Sac.Domain.Audit;
using Sac.Domain.Cases;
using Sac.Domain.CollegeSanctions;
using Sac.Domain.Devices;
using Sac.Domain.Documents;
using Sac.Domain.Measures;
using Sac.Domain.Municipalities;
using Sac.Domain.Payments.BankStatements;
using Sac.Domain.PlaceBans;
using Sac.Domain.Reasoning;
using Sac.Domain.Register;
using Sac.Infrastructure.Audit;
using Sac.Infrastructure.Identity;

namespace Sac.Infrastructure.Persistence;

/// <summary>
/// The one database of Sac: the aggregates, the register, ASP.NET Core Identity's tables and the data-protection keys
/// that every node shares. Each provider has its own derived context (<see cref="Providers"/>) for its migrations.
/// </summary>
public abstract class SacDbContext(DbContextOptions options) : IdentityDbContext<SacUser>(options), IDataProtectionKeyContext
{
    public DbSet<Case> Cases => Set<Case>();

    public DbSet<Municipality> Municipalities => Set<Municipality>();

    public DbSet<Infraction> Infractions => Set<Infraction>();

    public DbSet<Device> Devices => Set<Device>();

    public DbSet<RegisterEntry> RegisterEntries => Set<RegisterEntry>();

    public DbSet<CaseDocument> CaseDocuments => Set<CaseDocument>();

    public DbSet<ReasoningBlock> ReasoningBlocks => Set<ReasoningBlock>();

    public DbSet<CollegeSanction> CollegeSanctions => Set<CollegeSanction>();

    public DbSet<PlaceBan> PlaceBans => Set<PlaceBan>();

    public DbSet<MeasureDocument> MeasureDocuments => Set<MeasureDocument>();

    public DbSet<RegistryAccess> RegistryAccesses => Set<RegistryAccess>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<ImportedStatement> BankStatements => Set<ImportedStatement>();

    public DbSet<StatementEntry> BankStatementEntries => Set<StatementEntry>();

    public DbSet<UserMunicipality> UserMunicipalities => Set<UserMunicipality>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    internal DbSet<CaseNumberCounter> CaseNumberCounters => Set<CaseNumberCounter>();

    // An offender's address with every field empty is no address: reading it back as null is intended.
    // Every context refuses to change or delete a line of the audit trail or of the registry-access log, however it was made.
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder
            .ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.OptionalDependentWithoutIdentifyingPropertyWarning))
            .AddInterceptors(AppendOnlyGuard.Instance);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(SacDbContext).Assembly);
    }
}
