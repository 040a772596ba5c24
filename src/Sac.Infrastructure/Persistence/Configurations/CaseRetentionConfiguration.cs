using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sac.Domain.Cases;

namespace Sac.Infrastructure.Persistence.Configurations;

/// <summary>
/// The retention columns of a case (Case.Anonymisation.cs), beside <see cref="CaseConfiguration"/>: EF applies both to the
/// same entity. The index serves the retention job's query (closed, not anonymised, closed on or before a day).
/// </summary>
internal sealed class CaseRetentionConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.Property(c => c.OffenderSex).HasConversion<string>().HasMaxLength(Lengths.EnumName);
        builder.HasIndex(c => new { c.Status, c.AnonymisedOn, c.ClosedOn });
    }
}
