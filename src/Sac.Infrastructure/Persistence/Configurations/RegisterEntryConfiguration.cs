using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sac.Domain.Municipalities;
using Sac.Domain.Register;
using Sac.Infrastructure.Persistence.Converters;

namespace Sac.Infrastructure.Persistence.Configurations;

internal sealed class RegisterEntryConfiguration : IEntityTypeConfiguration<RegisterEntry>
{
    public void Configure(EntityTypeBuilder<RegisterEntry> builder)
    {
        builder.ToTable("RegisterEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.MunicipalityNis).HasMaxLength(Lengths.Nis);
        builder.Property(e => e.InfractionCode).HasMaxLength(Lengths.InfractionCode);
        builder.Property(e => e.OffenderKey).HasMaxLength(500);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(Lengths.EnumName);
        builder.Property(e => e.Amount).HasPrecision(Lengths.MoneyPrecision, 2);
        builder.Property(e => e.CaseNumber).HasMaxLength(32);
        builder.Property(e => e.RecordedAt).HasConversion<UtcTicksConverter>();
        builder.Property(e => e.RecordedBy).HasMaxLength(Lengths.UserName);

        builder.HasOne<Municipality>().WithMany().HasForeignKey(e => e.MunicipalityNis).OnDelete(DeleteBehavior.Restrict);

        builder.OwnsOne(e => e.Offender, OffenderMapping.Map);
        builder.Navigation(e => e.Offender).IsRequired();

        builder.HasIndex(e => new { e.OffenderKey, e.InfractionCode });
    }
}
