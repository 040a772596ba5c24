using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sac.Domain.Municipalities;

namespace Sac.Infrastructure.Persistence.Configurations;

internal sealed class CaseNumberCounterConfiguration : IEntityTypeConfiguration<CaseNumberCounter>
{
    public void Configure(EntityTypeBuilder<CaseNumberCounter> builder)
    {
        builder.ToTable("CaseNumberCounters");
        builder.HasKey(c => new { c.MunicipalityNis, c.Year });
        builder.Property(c => c.MunicipalityNis).HasMaxLength(Lengths.Nis);
        builder.Property(c => c.Year).ValueGeneratedNever();
        builder.HasOne<Municipality>().WithMany().HasForeignKey(c => c.MunicipalityNis).OnDelete(DeleteBehavior.Cascade);
    }
}
